import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import { endpointStatus, StatusBadge } from '@/components/ui/status-badge';
import type { EndpointBody } from '@/lib/webhooks/serialize';

/** The account's endpoints: enough to recognise each one, never a signing secret. */
export function EndpointsTable({ endpoints }: { endpoints: EndpointBody[] }) {
  const formatting = useFormatting();
  const t = useTranslations('webhooks');
  return (
    <DataTable
      rows={endpoints}
      rowKey={(endpoint) => endpoint.endpoint_uuid}
      rowLabel={(endpoint) => endpoint.url}
      empty={t('endpointsEmpty')}
      columns={[
        {
          header: t('url'),
          cell: (endpoint) => (
            <>
              <Link href={`/dashboard/developers/webhooks/${endpoint.endpoint_uuid}`} className="font-mono text-xs text-brand-700 hover:underline">
                {endpoint.url}
              </Link>
              {endpoint.description ? <span className="block text-xs text-slate-500">{endpoint.description}</span> : null}
            </>
          ),
        },
        { header: t('events'), className: 'font-mono text-xs', cell: (endpoint) => endpoint.events.join(' ') },
        { header: t('format'), cell: (endpoint) => endpoint.format },
        { header: t('signingSecret'), className: 'font-mono text-xs', cell: (endpoint) => `…${endpoint.secret_last_four}` },
        { header: t('status'), cell: (endpoint) => <StatusBadge kind="endpoint" status={endpointStatus(endpoint.status, endpoint.disabled_reason)} /> },
        { header: t('created'), className: 'text-slate-600', cell: (endpoint) => formatDateTime(new Date(endpoint.created_at), formatting) },
      ]}
    />
  );
}
