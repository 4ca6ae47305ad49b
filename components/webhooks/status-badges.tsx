import type { WebhookDeliveryStatus } from '@/db/schema';

const badge = 'inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset';

export function EndpointStatusBadge({ status, reason }: { status: 'enabled' | 'disabled'; reason: 'manual' | 'failing' | null }) {
  if (status === 'enabled') return <span className={`${badge} bg-emerald-50 text-emerald-800 ring-emerald-200`}>Enabled</span>;
  if (reason === 'failing') return <span className={`${badge} bg-red-50 text-red-800 ring-red-200`}>Disabled: failing</span>;
  return <span className={`${badge} bg-slate-100 text-slate-700 ring-slate-300`}>Disabled</span>;
}

const DELIVERY_STYLES: Record<WebhookDeliveryStatus, string> = {
  pending: 'bg-amber-50 text-amber-800 ring-amber-200',
  succeeded: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  failed: 'bg-red-50 text-red-800 ring-red-200',
};

export const DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, string> = { pending: 'Pending', succeeded: 'Succeeded', failed: 'Failed' };

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return <span className={`${badge} ${DELIVERY_STYLES[status]}`}>{DELIVERY_STATUS_LABELS[status]}</span>;
}
