import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatBalance, formatDateTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { ChargeBody } from '@/lib/charges/serialize';
import type { WalletCurrency } from '@/lib/money/currency';
import { cardText } from './card-text';

/** Charges newest first; each row opens its charge. Amounts in the charge's currency, as the reader writes money. */
export function ChargesTable({ charges }: { charges: ChargeBody[] }) {
  const t = useTranslations('charges');
  const methods = useTranslations('chargeMethods');
  const formatting = useFormatting();
  return (
    <DataTable
      rows={charges}
      rowKey={(charge) => charge.charge_uuid}
      rowLabel={(charge) => charge.description}
      label={t('title')}
      empty={t('empty')}
      columns={[
        {
          header: t('created'),
          cell: (charge) => (
            <Link href={`/dashboard/charges/${charge.charge_uuid}`} className="text-brand-700 hover:underline">
              {formatDateTime(new Date(charge.created_at), formatting)}
            </Link>
          ),
        },
        { header: t('description'), cell: (charge) => charge.description },
        {
          header: t('payer'),
          cell: (charge) => (
            <>
              {charge.payer_name}
              <span className="block text-xs text-slate-500">{charge.payer_email}</span>
            </>
          ),
        },
        {
          header: t('method'),
          cell: (charge) => (
            <>
              {methods(charge.type_charge)}
              {charge.card ? <span className="block text-xs text-slate-500">{cardText(charge.card)}</span> : null}
            </>
          ),
        },
        { header: t('status'), cell: (charge) => <StatusBadge kind="charge" status={charge.status} /> },
        { header: t('amount'), align: 'end', cell: (charge) => formatBalance(charge.local_currency, charge.currency as WalletCurrency, formatting.locale) },
      ]}
    />
  );
}
