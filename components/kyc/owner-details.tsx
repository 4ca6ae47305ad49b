import { formatDocument } from '@/components/credit/masks';
import type { NaturalPerson, Owner } from '@/lib/persons/schemas';

/** The owner exactly as the merchant submitted it, for the operator to read before deciding. */
export function OwnerDetails({ owner }: { owner: Owner }) {
  return (
    <div className="flex flex-col gap-4">
      <PersonList person={owner} />
      {owner.person_type === 'legal'
        ? owner.legal_representatives.map((rep, index) => (
            <section key={index} aria-label={`Legal representative ${index + 1}`} className="rounded-md border border-slate-200 p-3">
              <h3 className="mb-2 text-sm font-semibold">{`Legal representative ${index + 1}`}</h3>
              <PersonList person={rep} />
            </section>
          ))
        : null}
    </div>
  );
}

function PersonList({ person }: { person: Owner | NaturalPerson }) {
  const { phone, address } = person;
  const rows: [string, string][] = [
    ['Person type', person.person_type === 'legal' ? 'Legal person (CNPJ)' : 'Natural person (CPF)'],
    ['Name', person.name],
    ...(person.person_type === 'legal' ? ([['Trading name', person.trading_name]] as [string, string][]) : []),
    [person.person_type === 'legal' ? 'CNPJ' : 'CPF', formatDocument(person.document_number)],
    person.person_type === 'legal' ? ['Foundation date', person.foundation_date] : ['Birthdate', person.birthdate],
    ['Email', person.email],
    ['Phone', `+${phone.country_code} (${phone.area_code}) ${phone.number}`],
    [
      'Address',
      `${address.street}, ${address.number}${address.complement ? ` ${address.complement}` : ''} — ${address.neighborhood}, ${address.city}/${address.state}, ${address.postal_code}`,
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
