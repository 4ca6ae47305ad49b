import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { EndpointsTable } from '@/components/webhooks/endpoints-table';
import { FailingEndpointsNotice } from '@/components/webhooks/failing-endpoints-notice';
import { NewEndpointForm } from '@/components/webhooks/new-endpoint-form';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { listWebhookEndpoints } from '@/lib/webhooks/endpoints';
import { endpointListQuerySchema } from '@/lib/webhooks/schemas';
import { toEndpointBody } from '@/lib/webhooks/serialize';
import { createEndpointAction, enableEndpointAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WebhooksPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/developers/webhooks');
  const canManage = can(user.role, 'webhooks.manage');
  const { page: rawPage, starting_after: rawCursor } = await searchParams;
  const query = endpointListQuerySchema.safeParse({ page: rawPage, starting_after: rawCursor, limit: 100 });
  const page = await listWebhookEndpoints(await getDb(), callerFromUser(user), query.success ? query.data : { page: 1, limit: 100 });
  const onFirstPage = !query.success || (query.data.page === 1 && !query.data.starting_after);
  const endpoints = page.rows.map(toEndpointBody);
  const t = await getTranslations('webhooks');

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/developers" className="text-brand-700 hover:underline">
          {t('backToDevelopers')}
        </Link>
      </p>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/dashboard/developers/webhooks/deliveries" className="text-sm font-medium text-brand-700 hover:underline">
            {t('deliveryLog')}
          </Link>
        }
      />
      {canManage ? (
        <>
          <FailingEndpointsNotice endpoints={endpoints} enable={enableEndpointAction} />
          <section aria-labelledby="new-endpoint" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
            <h2 id="new-endpoint" className="mb-4 text-lg font-semibold">
              {t('newEndpoint')}
            </h2>
            <NewEndpointForm createEndpoint={createEndpointAction} />
          </section>
        </>
      ) : null}
      <section aria-labelledby="endpoints-list" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="endpoints-list" className="px-4 pt-4 text-lg font-semibold">
          {t('endpoints')}
        </h2>
        <EndpointsTable endpoints={endpoints} />
      </section>
      <Pagination nextCursor={page.nextCursor} params={{}} onFirstPage={onFirstPage} />
    </>
  );
}
