import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { DeliveriesTable } from '@/components/webhooks/deliveries-table';
import { DeliveryFilters, type DeliveryFilterValues } from '@/components/webhooks/delivery-filters';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { listWebhookDeliveries } from '@/lib/webhooks/deliveries';
import { listWebhookEndpoints } from '@/lib/webhooks/endpoints';
import { deliveryListQuerySchema } from '@/lib/webhooks/schemas';
import { toDeliveryBody } from '@/lib/webhooks/serialize';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('webhooks'))('deliveriesTitle') };
}

const PAGE_SIZE = '20';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WebhookDeliveriesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/developers/webhooks/deliveries');
  const filters = readFilters(await searchParams);
  const db = await getDb();
  const caller = callerFromUser(user);
  const t = await getTranslations('webhooks');
  const [page, endpoints] = await Promise.all([
    listWebhookDeliveries(db, caller, deliveryListQuerySchema.parse({ ...filters, limit: PAGE_SIZE })),
    listWebhookEndpoints(db, caller, { page: 1, limit: 100 }),
  ]);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/developers/webhooks" className="text-brand-700 hover:underline">
          {t('backToWebhooks')}
        </Link>
      </p>
      <PageHeader title={t('deliveryLog')} description={t('deliveriesDescription')} />
      <DeliveryFilters filters={filters} endpoints={endpoints.rows.map((e) => ({ endpoint_uuid: e.endpointUuid, url: e.url }))} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('deliveryCount', { count: page.total })}
      </p>
      <section aria-label={t('deliveries')} className="rounded-lg border border-slate-200 bg-white">
        <DeliveriesTable deliveries={page.rows.map(toDeliveryBody)} />
      </section>
      <Pagination nextCursor={page.nextCursor} params={filters} onFirstPage={!filters.starting_after && !filters.page} />
    </>
  );
}

/** The URL's filters that make sense; a hand-edited bad value is dropped rather than failing the page. */
function readFilters(raw: Record<string, string | string[] | undefined>): DeliveryFilterValues & { page?: string; starting_after?: string } {
  const candidate: Record<string, string> = {};
  for (const key of ['endpoint_uuid', 'status', 'event_type', 'page', 'starting_after'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') candidate[key] = value;
  }
  const parsed = deliveryListQuerySchema.safeParse(candidate);
  if (!parsed.success) for (const issue of parsed.error.issues) delete candidate[String(issue.path[0])];
  return candidate;
}
