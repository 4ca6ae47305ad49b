import { useTranslations } from 'next-intl';
import { Detail, DetailList } from '@/components/ui/details';
import type { ChargeBody } from '@/lib/charges/serialize';
import { formatPhone, formatTaxId } from './payer-format';

const ADDRESS_LINES = [
  ['street', 'address_number', 'complement'],
  ['neighborhood'],
  ['city', 'state', 'postal_code', 'country'],
] as const;

/** Who pays: name, e-mail, tax id and phone written the local way, and the billing address. */
export function PayerDetails({ charge }: { charge: ChargeBody }) {
  const t = useTranslations('charge');
  const address = ADDRESS_LINES.map((line) => line.map((field) => charge.payer_address[field]).filter(Boolean).join(', ')).filter(Boolean);
  return (
    <DetailList>
      <Detail term={t('payerName')}>{charge.payer_name}</Detail>
      <Detail term={t('payerEmail')}>{charge.payer_email}</Detail>
      <Detail term={t('payerTaxId')}>{formatTaxId(charge.payer_tax_id)}</Detail>
      <Detail term={t('payerPhone')}>{formatPhone(charge.payer_cell_phone)}</Detail>
      {address.length ? (
        <Detail term={t('payerAddress')}>
          {address.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </Detail>
      ) : null}
    </DetailList>
  );
}
