import Link from 'next/link';
import { formatDateTime } from '@/components/wallets/format';
import type { DeliveryBody } from '@/lib/webhooks/serialize';
import { DeliveryStatusBadge } from './status-badges';

/** Deliveries newest first; each row opens the delivery with its body and attempts. */
export function DeliveriesTable({ deliveries, showEndpoint = true }: { deliveries: DeliveryBody[]; showEndpoint?: boolean }) {
  if (deliveries.length === 0) {
    return <p className="px-4 py-6 text-sm text-slate-600">No deliveries match.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">Created</th>
            <th className="px-4 py-2 font-medium">Event</th>
            {showEndpoint ? <th className="px-4 py-2 font-medium">Endpoint</th> : null}
            <th className="px-4 py-2 font-medium">Status</th>
            <th className="px-4 py-2 text-right font-medium">Attempts</th>
            <th className="px-4 py-2 font-medium">Last attempt</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.delivery_uuid} className="border-t border-slate-100 align-top">
              <td className="px-4 py-2">
                <Link href={`/dashboard/developers/webhooks/deliveries/${delivery.delivery_uuid}`} className="text-brand-700 hover:underline">
                  {formatDateTime(new Date(delivery.created_at))}
                </Link>
                {delivery.replay_of ? <span className="block text-xs text-slate-500">Sent again</span> : null}
              </td>
              <td className="px-4 py-2 font-mono text-xs">{delivery.event_type}</td>
              {showEndpoint ? <td className="px-4 py-2 font-mono text-xs">{delivery.endpoint_url}</td> : null}
              <td className="px-4 py-2">
                <DeliveryStatusBadge status={delivery.status} />
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{delivery.attempt_count}</td>
              <td className="px-4 py-2 text-slate-600">{delivery.last_attempt_at ? formatDateTime(new Date(delivery.last_attempt_at)) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
