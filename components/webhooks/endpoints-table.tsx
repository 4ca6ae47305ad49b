import Link from 'next/link';
import { formatDateTime } from '@/components/wallets/format';
import type { EndpointBody } from '@/lib/webhooks/serialize';
import { EndpointStatusBadge } from './status-badges';

/** The account's endpoints: enough to recognise each one, never a signing secret. */
export function EndpointsTable({ endpoints }: { endpoints: EndpointBody[] }) {
  if (endpoints.length === 0) {
    return <p className="px-4 py-6 text-sm text-slate-600">No endpoints yet. Create one above to receive events.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">URL</th>
            <th className="px-4 py-2 font-medium">Events</th>
            <th className="px-4 py-2 font-medium">Format</th>
            <th className="px-4 py-2 font-medium">Signing secret</th>
            <th className="px-4 py-2 font-medium">Status</th>
            <th className="px-4 py-2 font-medium">Created</th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.endpoint_uuid} className="border-t border-slate-100 align-top" aria-label={endpoint.url}>
              <td className="px-4 py-2">
                <Link href={`/dashboard/developers/webhooks/${endpoint.endpoint_uuid}`} className="font-mono text-xs text-brand-700 hover:underline">
                  {endpoint.url}
                </Link>
                {endpoint.description ? <span className="block text-xs text-slate-500">{endpoint.description}</span> : null}
              </td>
              <td className="px-4 py-2 font-mono text-xs">{endpoint.events.join(' ')}</td>
              <td className="px-4 py-2">{endpoint.format}</td>
              <td className="px-4 py-2 font-mono text-xs">…{endpoint.secret_last_four}</td>
              <td className="px-4 py-2">
                <EndpointStatusBadge status={endpoint.status} reason={endpoint.disabled_reason} />
              </td>
              <td className="px-4 py-2 text-slate-600">{formatDateTime(new Date(endpoint.created_at))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
