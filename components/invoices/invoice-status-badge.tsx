import { useTranslations } from 'next-intl';
import type { InvoiceStatus } from '@/db/schema';

// The status badge's tones (components/ui/status-badge.tsx): what waits on the payer reads amber, what went wrong red.
const TONES: Record<InvoiceStatus, string> = {
  opened: 'bg-slate-100 text-slate-700 ring-slate-300',
  processing_closing: 'bg-amber-50 text-amber-800 ring-amber-200',
  closed: 'bg-amber-50 text-amber-800 ring-amber-200',
  processing_payment: 'bg-amber-50 text-amber-800 ring-amber-200',
  paid: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  processing_expiration: 'bg-amber-50 text-amber-800 ring-amber-200',
  overdue: 'bg-red-50 text-red-800 ring-red-200',
};

/** An invoice's status in the reader's language. */
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useTranslations('invoices.status');
  return <span className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}>{t(status)}</span>;
}
