import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { WalletCurrency } from '@/lib/money/currency';
import type { VirtualDepositRow } from '@/lib/virtual-wallets/queries';

/**
 * Pix deposits to a holding's virtual wallets, newest first: credited, or refused with the reason
 * (nothing moved; the provider returns the money to the payer, by its end-to-end id).
 * `showWallet` adds the virtual wallet's column (the holding view lists every wallet's).
 */
export function DepositsTable({ rows, showWallet }: { rows: (VirtualDepositRow & { reference: string })[]; showWallet: boolean }) {
  const t = useTranslations('virtualWallets.deposits');
  const reasons = useTranslations('virtualWallets.reasons');
  const formatting = useFormatting();
  return (
    <DataTable
      rows={rows}
      rowKey={(row) => row.depositUuid}
      label={t('title')}
      empty={t('empty')}
      columns={[
        { header: t('when'), className: 'whitespace-nowrap text-slate-600', cell: (row) => formatDateTime(row.paidAt, formatting) },
        showWallet && {
          header: t('wallet'),
          cell: (row) => (
            <Link href={`/dashboard/wallets/${row.walletUuid}/virtual/${row.virtualWalletUuid}`} className="font-mono text-xs text-brand-700 hover:underline">
              {row.reference}
            </Link>
          ),
        },
        { header: t('amount'), align: 'end', cell: (row) => formatMoney(row.amountMinor, row.currency as WalletCurrency, formatting.locale) },
        {
          header: t('status'),
          cell: (row) => (
            <>
              <StatusBadge kind="virtualDeposit" status={row.status} />
              {row.reason ? <p className="mt-1 text-xs text-red-800">{reasons(row.reason)}</p> : null}
            </>
          ),
        },
        { header: t('payer'), cell: (row) => row.payerName ?? '—' },
        { header: t('endToEnd'), className: 'font-mono text-xs text-slate-600', cell: (row) => row.endToEndId },
      ]}
    />
  );
}
