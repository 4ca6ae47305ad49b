import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { formatDateTime } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import { StatusBadge } from '@/components/ui/status-badge';
import type { DeliveryBody } from '@/lib/webhooks/serialize';

/** Deliveries newest first; each row opens the delivery with its body and attempts. */
export function DeliveriesTable({ deliveries, showEndpoint = true }: { deliveries: DeliveryBody[]; showEndpoint?: boolean }) {
  const formatting = useFormatting();
  const t = useTranslations('webhooks');
  return (
    <DataTable
      rows={deliveries}
      rowKey={(delivery) => delivery.delivery_uuid}
      empty={t('deliveriesEmpty')}
      columns={[
        {
          header: t('created'),
          cell: (delivery) => (
            <>
              <Link href={`/dashboard/developers/webhooks/deliveries/${delivery.delivery_uuid}`} className="text-brand-700 hover:underline">
                {formatDateTime(new Date(delivery.created_at), formatting)}
              </Link>
              {delivery.replay_of ? <span className="block text-xs text-slate-500">{t('sentAgain')}</span> : null}
            </>
          ),
        },
        { header: t('event'), className: 'font-mono text-xs', cell: (delivery) => delivery.event_type },
        showEndpoint && { header: t('endpoint'), className: 'font-mono text-xs', cell: (delivery) => delivery.endpoint_url },
        { header: t('status'), cell: (delivery) => <StatusBadge kind="delivery" status={delivery.status} /> },
        { header: t('attempts'), align: 'end', cell: (delivery) => delivery.attempt_count },
        {
          header: t('lastAttempt'),
          className: 'text-slate-600',
          cell: (delivery) => (delivery.last_attempt_at ? formatDateTime(new Date(delivery.last_attempt_at), formatting) : '—'),
        },
      ]}
    />
  );
}
