import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatBalance, formatDateTime, formatMoney } from '@/components/ui/format';
import { StatusBadge } from '@/components/ui/status-badge';
import { useFormatting } from '@/components/ui/use-formatting';
import type { PaymentLinkMethod, PaymentLinkStatus } from '@/db/schema';
import type { WalletCurrency } from '@/lib/money/currency';

/** One row of the links list: the link as it stands, and what it has brought in. */
export interface PaymentLinkRowView {
  paymentLinkUuid: string;
  name: string;
  value: string;
  currency: WalletCurrency;
  status: PaymentLinkStatus;
  methods: PaymentLinkMethod[];
  reusable: boolean;
  maxPayments: number | null;
  paid: number;
  /** Minor units, as text (a bigint does not cross to the browser). */
  capturedMinor: string;
  createdAt: string;
}

/** Payment links newest first; each name opens its link. Amounts in each link's currency, as the reader writes money. */
export function PaymentLinksTable({ links }: { links: PaymentLinkRowView[] }) {
  const t = useTranslations('paymentLinks');
  const methods = useTranslations('chargeMethods');
  const formatting = useFormatting();
  return (
    <DataTable
      rows={links}
      rowKey={(link) => link.paymentLinkUuid}
      rowLabel={(link) => link.name}
      label={t('title')}
      empty={t('empty')}
      columns={[
        {
          header: t('name'),
          cell: (link) => (
            <>
              <Link href={`/dashboard/payment-links/${link.paymentLinkUuid}`} className="font-medium text-brand-700 hover:underline">
                {link.name}
              </Link>
              <span className="block text-xs text-slate-500">{formatDateTime(new Date(link.createdAt), formatting)}</span>
            </>
          ),
        },
        { header: t('amount'), align: 'end', cell: (link) => formatBalance(link.value, link.currency, formatting.locale) },
        {
          header: t('methods'),
          cell: (link) => (
            <>
              {link.methods.map((method) => methods(method)).join(' · ')}
              <span className="block text-xs text-slate-500">{link.reusable ? t('reusable') : t('singleUse')}</span>
            </>
          ),
        },
        { header: t('status'), cell: (link) => <StatusBadge kind="paymentLink" status={link.status} /> },
        {
          header: t('payments'),
          align: 'end',
          cell: (link) => (link.maxPayments === null ? String(link.paid) : t('paymentsOf', { paid: link.paid, max: link.maxPayments })),
        },
        { header: t('captured'), align: 'end', cell: (link) => formatMoney(BigInt(link.capturedMinor), link.currency, formatting.locale) },
      ]}
    />
  );
}
