import { useTranslations } from 'next-intl';
import { formatDocument, formatPhone, postalCodeMask } from '@/components/credit/masks';
import type { NaturalPerson, Owner } from '@/lib/persons/schemas';

/** The owner exactly as the merchant submitted it: for the operator before deciding, and for the merchant on their wallet's page. */
export function OwnerDetails({ owner }: { owner: Owner }) {
  const t = useTranslations('owner');
  return (
    <div className="flex flex-col gap-4">
      <PersonList person={owner} />
      {owner.person_type === 'legal'
        ? owner.legal_representatives.map((rep, index) => (
            <section key={index} aria-label={t('legalRepresentative', { number: index + 1 })} className="rounded-md border border-slate-200 p-3">
              <h3 className="mb-2 text-sm font-semibold">{t('legalRepresentative', { number: index + 1 })}</h3>
              <PersonList person={rep} />
            </section>
          ))
        : null}
    </div>
  );
}

function PersonList({ person }: { person: Owner | NaturalPerson }) {
  const t = useTranslations('owner');
  const { phone, address } = person;
  const rows: [string, string][] = [
    [t('personType'), person.person_type === 'legal' ? t('legal') : t('natural')],
    [t('name'), person.name],
    ...(person.person_type === 'legal' ? ([[t('tradingName'), person.trading_name]] as [string, string][]) : []),
    [person.person_type === 'legal' ? 'CNPJ' : 'CPF', formatDocument(person.document_number)],
    person.person_type === 'legal' ? [t('foundationDate'), person.foundation_date] : [t('birthdate'), person.birthdate],
    [t('email'), person.email],
    [t('phone'), formatPhone(phone)],
    [
      t('address'),
      `${address.street}, ${address.number}${address.complement ? ` ${address.complement}` : ''} — ${address.neighborhood}, ${address.city}/${address.state}, ${postalCodeMask.format(address.postal_code)}`,
    ],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
