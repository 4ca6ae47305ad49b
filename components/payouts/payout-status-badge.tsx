import { useTranslations } from 'next-intl';
import type { PayoutStatus } from '@/db/schema';

// The status badge's tones (components/ui/status-badge.tsx): on its way reads amber, paid green, money back or refused red.
const TONES: Record<PayoutStatus, string> = {
  pending: 'bg-amber-50 text-amber-800 ring-amber-200',
  issued: 'bg-amber-50 text-amber-800 ring-amber-200',
  realized: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  returned: 'bg-red-50 text-red-800 ring-red-200',
  canceled: 'bg-slate-100 text-slate-700 ring-slate-300',
  error: 'bg-red-50 text-red-800 ring-red-200',
  expired: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/** A payout's status (reference A.7) in the reader's language. */
export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const t = useTranslations('payouts.status');
  return <span className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}>{t(status)}</span>;
}
