import type { WalletStatus } from '@/db/schema';

const STYLES: Record<WalletStatus, string> = {
  active: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  pending_analysis: 'bg-amber-50 text-amber-800 ring-amber-200',
  rejected: 'bg-red-50 text-red-800 ring-red-200',
  deactivated: 'bg-slate-100 text-slate-700 ring-slate-300',
};

export const STATUS_LABELS: Record<WalletStatus, string> = {
  active: 'Active',
  pending_analysis: 'Pending analysis',
  rejected: 'Rejected',
  deactivated: 'Deactivated',
};

export function StatusBadge({ status }: { status: WalletStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>
  );
}
