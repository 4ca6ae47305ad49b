import { parse, stringify } from 'lossless-json';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Detail, DetailList } from '@/components/ui/details';
import { LiveStatus } from '@/components/ui/live-status';
import { orNotFound } from '@/components/ui/or-not-found';
import { formatDateTime } from '@/components/ui/format';
import { AttemptsList } from '@/components/webhooks/attempts-list';
import { RedeliverButton } from '@/components/webhooks/redeliver-button';
import { endpointStatus, StatusBadge } from '@/components/ui/status-badge';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import { getWebhookDelivery } from '@/lib/webhooks/deliveries';
import { getWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { deliveryParamsSchema } from '@/lib/webhooks/schemas';
import { toDeliveryDetailBody } from '@/lib/webhooks/serialize';
import { readDeliveryStatusAction, redeliverAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('deliveryTitle') };
}

export default async function WebhookDeliveryPage({ params }: { params: Promise<{ deliveryUuid: string }> }) {
  const { deliveryUuid } = await params;
  const user = await requireUser(`/dashboard/developers/webhooks/deliveries/${deliveryUuid}`);
  const canManage = can(user.role, 'webhooks.manage');
  const formatting = await getFormatting();
  const t = await getTranslations('webhooks');
  if (!deliveryParamsSchema.safeParse({ delivery_uuid: deliveryUuid }).success) notFound();
  const db = await getDb();
  const caller = callerFromUser(user);
  const found = await orNotFound(getWebhookDelivery(db, caller, deliveryUuid));
  const delivery = toDeliveryDetailBody(found);
  const endpoint = await getWebhookEndpoint(db, caller, delivery.endpoint_uuid);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/developers/webhooks/deliveries" className="text-brand-700 hover:underline">
          {t('backToDeliveryLog')}
        </Link>
      </p>
      <PageHeader title={t('deliveryOf', { event: delivery.event_type })} description={delivery.delivery_uuid} actions={canManage ? <RedeliverButton deliveryUuid={delivery.delivery_uuid} redeliver={redeliverAction} /> : null} />
      <section aria-labelledby="delivery-summary" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <h2 id="delivery-summary" className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
          {t('summary')}
        </h2>
        <DetailList>
          <Detail term={t('status')}>
            <LiveStatus
              kind="delivery"
              queryKey={['webhook-delivery-status', delivery.delivery_uuid]}
              initial={{ status: delivery.status, attemptCount: delivery.attempt_count }}
              whilePending="pending"
              read={readDeliveryStatusAction.bind(null, { delivery_uuid: delivery.delivery_uuid })}
            />
          </Detail>
          <Detail term={t('endpoint')}>
            <Link href={`/dashboard/developers/webhooks/${delivery.endpoint_uuid}`} className="font-mono text-xs text-brand-700 hover:underline">
              {delivery.endpoint_url}
            </Link>{' '}
            <StatusBadge kind="endpoint" status={endpointStatus(endpoint.status, endpoint.disabledReason)} />
          </Detail>
          <Detail term={t('eventId')} mono>
            {delivery.event_uuid}
          </Detail>
          <Detail term={t('eventTime')}>{formatDateTime(new Date(delivery.event.occurred_at), formatting)}</Detail>
          <Detail term={t('created')}>{formatDateTime(new Date(delivery.created_at), formatting)}</Detail>
          <Detail term={t('attempts')}>{delivery.attempt_count}</Detail>
          {delivery.status === 'pending' && delivery.next_attempt_at ? (
            <Detail term={t('nextAttempt')}>{formatDateTime(new Date(delivery.next_attempt_at), formatting)}</Detail>
          ) : null}
          {delivery.replay_of ? (
            <Detail term={t('sendsAgain')}>
              <Link href={`/dashboard/developers/webhooks/deliveries/${delivery.replay_of}`} className="font-mono text-xs text-brand-700 hover:underline">
                {delivery.replay_of}
              </Link>
            </Detail>
          ) : null}
        </DetailList>
      </section>
      <section aria-labelledby="delivery-body" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <h2 id="delivery-body" className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
          {t('bodySent')}
        </h2>
        <pre aria-labelledby="delivery-body" className="overflow-auto p-4 text-xs whitespace-pre-wrap">
          {pretty(delivery.body)}
        </pre>
      </section>
      <section aria-labelledby="delivery-attempts" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="delivery-attempts" className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
          {t('attempts')}
        </h2>
        <AttemptsList attempts={delivery.attempts} status={delivery.status} />
      </section>
    </>
  );
}

/** The stored body indented for reading, numbers written exactly as sent (lossless-json, not JSON.parse). */
function pretty(body: string): string {
  try {
    return stringify(parse(body), undefined, 2) ?? body;
  } catch {
    return body;
  }
}
