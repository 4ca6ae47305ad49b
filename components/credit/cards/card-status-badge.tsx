import { useTranslations } from 'next-intl';
import type { PaymentInstrumentStatus } from '@/db/schema/payment-instruments';

const TONES: Record<PaymentInstrumentStatus, string> = {
  active: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  canceled: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/** A card's status (active or canceled) in the reader's language. */
export function CardStatusBadge({ status }: { status: PaymentInstrumentStatus }) {
  const t = useTranslations('creditCards.status');
  return <span className={`inline-flex shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}>{t(status)}</span>;
}
