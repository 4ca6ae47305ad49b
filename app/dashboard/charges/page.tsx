import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ChargeFilters, type ChargeFilterValues } from '@/components/charges/charge-filters';
import { ChargesTable } from '@/components/charges/charges-table';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { CHARGE_METHODS, CHARGE_STATUSES } from '@/db/schema';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { listCharges } from '@/lib/charges/queries';
import { chargeListQuerySchema } from '@/lib/charges/schemas';
import { toChargeBody } from '@/lib/charges/serialize';
import { dayBounds } from '@/lib/i18n/day-bounds';
import { getFormatting } from '@/lib/i18n/formatting';
import { cursorParamSchema } from '@/lib/pagination/keyset';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('charges'))('title') };
}

const PAGE_SIZE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Filters = ChargeFilterValues & { starting_after?: string };

export default async function ChargesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/charges');
  const filters = readFilters(await searchParams);
  const db = await getDb();
  const caller = callerFromUser(user);
  const [t, formatting] = await Promise.all([getTranslations('charges'), getFormatting()]);
  // Dates are the reader's days: "from 1 March" starts at their midnight, not UTC's.
  const from = filters.date_from ? dayBounds(filters.date_from, formatting.timeZone).start : undefined;
  const to = filters.date_to ? dayBounds(filters.date_to, formatting.timeZone).end : undefined;
  const [page, wallets] = await Promise.all([
    listCharges(
      db,
      caller,
      chargeListQuerySchema.parse({
        wallet_uuid: filters.wallet_uuid,
        search: filters.search,
        filter: a55Filter(filters),
        date_start: from?.toISOString(),
        date_end: to?.toISOString(),
        starting_after: filters.starting_after,
        limit: PAGE_SIZE,
      }),
    ),
    listPaymentWallets(db, caller, walletListQuerySchema.parse({ limit: 100 })),
  ]);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can(user.role, 'payments.manage') ? (
            <Link href="/dashboard/charges/new" className={buttonClass}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <ChargeFilters filters={filters} wallets={wallets.rows.map((w) => ({ walletUuid: w.walletUuid, label: `${w.name ?? w.customerId} (${w.currency})` }))} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <section aria-label={t('title')} className="rounded-lg border border-slate-200 bg-white">
        <ChargesTable charges={page.rows.map(toChargeBody)} />
      </section>
      <Pagination nextCursor={page.nextCursor} params={filters} onFirstPage={!filters.starting_after} />
    </>
  );
}

/** The A55 `filter` of the chosen status and method, joined: a charge must match both. */
function a55Filter(filters: Filters): string | undefined {
  const conditions = [filters.status && `status:${filters.status}`, filters.method && `type:${filters.method}`].filter(Boolean);
  return conditions.length ? conditions.join(',') : undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The URL's filters that make sense; a hand-edited bad value is dropped rather than failing the page. */
function readFilters(raw: Record<string, string | string[] | undefined>): Filters {
  const text = (key: string) => {
    const value = raw[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const validDay = (value: string | undefined) => (value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined);
  const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) => (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
  const filters: Filters = {
    search: text('search')?.slice(0, 320),
    status: oneOf(text('status'), CHARGE_STATUSES),
    method: oneOf(text('method'), CHARGE_METHODS),
    wallet_uuid: UUID.test(text('wallet_uuid') ?? '') ? text('wallet_uuid') : undefined,
    date_from: validDay(text('date_from')),
    date_to: validDay(text('date_to')),
    starting_after: cursorParamSchema.safeParse(text('starting_after')).success ? text('starting_after') : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as Filters;
}
