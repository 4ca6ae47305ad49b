import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { CreditWalletRow } from '@/lib/credit/queries';
import { formatDocument } from './masks';

export function CreditWalletTable({ rows }: { rows: CreditWalletRow[] }) {
  const t = useTranslations('creditWallets');
  const kinds = useTranslations('creditWallet');
  const formatting = useFormatting();
  return (
    <DataTable
      framed
      rows={rows}
      rowKey={(row) => row.walletKey}
      empty={t('empty')}
      columns={[
        { header: t('owner'), cell: (row) => <Link href={`/dashboard/wallets/credit/${row.walletKey}`}>{row.name ?? row.walletKey}</Link> },
        { header: t('document'), className: 'font-mono text-xs', cell: (row) => formatDocument(row.ownerDocumentNumber) },
        { header: t('type'), cell: (row) => (row.walletType === 'payroll' ? kinds('payroll') : kinds('default')) },
        { header: t('status'), cell: (row) => <StatusBadge kind="wallet" status={row.status} /> },
        { header: t('created'), cell: (row) => formatDateTime(row.createdAt, formatting) },
      ]}
    />
  );
}
