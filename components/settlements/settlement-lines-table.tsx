import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { ChargeMethod } from '@/db/schema';
import type { WalletCurrency } from '@/lib/money/currency';

export interface SettlementLineRow {
  id: string;
  chargeUuid: string;
  typeCharge: ChargeMethod;
  grossMinor: bigint;
  mdrMinor: bigint;
  processingFeeMinor: bigint;
  totalFeesMinor: bigint;
  refundedNetMinor: bigint;
  netMinor: bigint;
  settledAt: Date;
}

/** One line per charge settled (reference A.8's fields), each linking to its charge. */
export function SettlementLinesTable({ lines, currency }: { lines: SettlementLineRow[]; currency: string }) {
  const t = useTranslations('settlements');
  const methods = useTranslations('chargeMethods');
  const formatting = useFormatting();
  const money = (minor: bigint) => formatMoney(minor, currency as WalletCurrency, formatting.locale);
  return (
    <DataTable
      label={t('detail.linesTable')}
      rows={lines}
      rowKey={(line) => line.id}
      empty={t('detail.linesEmpty')}
      columns={[
        {
          header: t('lines.charge'),
          className: 'font-mono text-xs',
          cell: (line) => (
            <Link href={`/dashboard/charges/${line.chargeUuid}`} className="text-brand-700 hover:underline">
              {line.chargeUuid.slice(0, 8)}
            </Link>
          ),
        },
        { header: t('lines.type'), cell: (line) => methods(line.typeCharge) },
        { header: t('lines.gross'), align: 'end', cell: (line) => money(line.grossMinor) },
        { header: t('lines.mdr'), align: 'end', cell: (line) => money(line.mdrMinor) },
        { header: t('lines.processingFee'), align: 'end', cell: (line) => money(line.processingFeeMinor) },
        { header: t('lines.totalFees'), align: 'end', cell: (line) => money(line.totalFeesMinor) },
        { header: t('lines.refunded'), align: 'end', cell: (line) => money(line.refundedNetMinor) },
        { header: t('lines.net'), align: 'end', cell: (line) => <span className="font-medium">{money(line.netMinor)}</span> },
        { header: t('lines.settledAt'), className: 'whitespace-nowrap text-slate-600', cell: (line) => formatDateTime(line.settledAt, formatting) },
      ]}
    />
  );
}
