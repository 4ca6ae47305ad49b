import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { Detail, DetailList } from '@/components/ui/details';
import { orNotFound } from '@/components/ui/or-not-found';
import { formatDateTime } from '@/components/ui/format';
import { DeliveriesTable } from '@/components/webhooks/deliveries-table';
import { EndpointToggleButton, RotateSecretButton } from '@/components/webhooks/endpoint-buttons';
import { EndpointSettingsForm } from '@/components/webhooks/endpoint-settings-form';
import { FailingEndpointsNotice } from '@/components/webhooks/failing-endpoints-notice';
import { endpointStatus, StatusBadge } from '@/components/ui/status-badge';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import { listWebhookDeliveries } from '@/lib/webhooks/deliveries';
import { getWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { endpointParamsSchema } from '@/lib/webhooks/schemas';
import { toDeliveryBody, toEndpointBody } from '@/lib/webhooks/serialize';
import { disableEndpointAction, enableEndpointAction, rotateEndpointSecretAction, updateEndpointAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('endpointTitle') };
}

const RECENT = 20;

export default async function WebhookEndpointPage({ params }: { params: Promise<{ endpointUuid: string }> }) {
  const { endpointUuid } = await params;
  const user = await requireUser(`/dashboard/developers/webhooks/${endpointUuid}`);
  const canManage = can(user.role, 'webhooks.manage');
  const formatting = await getFormatting();
  const t = await getTranslations('webhooks');
  if (!endpointParamsSchema.safeParse({ endpoint_uuid: endpointUuid }).success) notFound();
  const db = await getDb();
  const caller = callerFromUser(user);
  const found = await orNotFound(getWebhookEndpoint(db, caller, endpointUuid));
  const endpoint = toEndpointBody(found);
  const recent = await listWebhookDeliveries(db, caller, { page: 1, limit: RECENT, endpoint_uuid: endpointUuid });

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/developers/webhooks" className="text-brand-700 hover:underline">
          {t('backToWebhooks')}
        </Link>
      </p>
      <PageHeader
        title={t('endpointTitle')}
        description={endpoint.url}
        actions={
          canManage ? (
          <div className="flex flex-wrap items-start gap-2">
            <RotateSecretButton endpointUuid={endpoint.endpoint_uuid} url={endpoint.url} rotateSecret={rotateEndpointSecretAction} />
            <EndpointToggleButton
              endpointUuid={endpoint.endpoint_uuid}
              status={endpoint.status}
              actions={{ enable: enableEndpointAction, disable: disableEndpointAction }}
            />
          </div>
          ) : null
        }
      />
      {canManage ? <FailingEndpointsNotice endpoints={[endpoint]} enable={enableEndpointAction} /> : null}
      <section aria-labelledby="endpoint-details" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <h2 id="endpoint-details" className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">
          {t('details')}
        </h2>
        <DetailList>
          <Detail term={t('status')}>
            <StatusBadge kind="endpoint" status={endpointStatus(endpoint.status, endpoint.disabled_reason)} />
            {endpoint.disabled_at ? <span className="ml-2 text-slate-600">{t('since', { date: formatDateTime(new Date(endpoint.disabled_at), formatting) })}</span> : null}
          </Detail>
          <Detail term={t('endpointId')} mono>
            {endpoint.endpoint_uuid}
          </Detail>
          <Detail term={t('signingSecret')} mono>
            …{endpoint.secret_last_four}
          </Detail>
          <Detail term="X-Webhook-Key" mono>
            …{endpoint.webhook_key_last_four}
          </Detail>
          <Detail term={t('lastSuccess')}>{endpoint.last_success_at ? formatDateTime(new Date(endpoint.last_success_at), formatting) : t('never')}</Detail>
          <Detail term={t('created')}>{formatDateTime(new Date(endpoint.created_at), formatting)}</Detail>
        </DetailList>
      </section>
      {canManage ? (
        <section aria-labelledby="endpoint-settings" className="mb-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="endpoint-settings" className="mb-4 text-lg font-semibold">
            {t('settings')}
          </h2>
          <EndpointSettingsForm endpoint={endpoint} updateEndpoint={updateEndpointAction} />
        </section>
      ) : null}
      <section aria-labelledby="endpoint-deliveries" className="rounded-lg border border-slate-200 bg-white">
        <div className="flex flex-wrap items-center justify-between gap-2 px-4 pt-4">
          <h2 id="endpoint-deliveries" className="text-lg font-semibold">
            {t('recentDeliveries')}
          </h2>
          {recent.total > RECENT ? (
            <Link href={`/dashboard/developers/webhooks/deliveries?endpoint_uuid=${endpoint.endpoint_uuid}`} className="text-sm text-brand-700 hover:underline">
              {t('allDeliveries', { count: recent.total })}
            </Link>
          ) : null}
        </div>
        <DeliveriesTable deliveries={recent.rows.map(toDeliveryBody)} showEndpoint={false} />
      </section>
    </>
  );
}
