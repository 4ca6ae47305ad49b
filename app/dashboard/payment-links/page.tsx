import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PaymentLinkFilters } from '@/components/payment-links/payment-link-filters';
import { PaymentLinksTable } from '@/components/payment-links/payment-links-table';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/field';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { PAYMENT_LINK_STATUSES } from '@/db/schema';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { now } from '@/lib/clock';
import { currencyDigits, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { cursorParamSchema } from '@/lib/pagination/keyset';
import { listPaymentLinks, paymentLinkTotals } from '@/lib/payment-links/queries';
import { paymentLinkListQuerySchema } from '@/lib/payment-links/schemas';
import { effectiveStatus } from '@/lib/payment-links/status';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('paymentLinks'))('title') };
}

const PAGE_SIZE = 20;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Filters = { status?: string; starting_after?: string };

export default async function PaymentLinksPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/payment-links');
  const filters = readFilters(await searchParams);
  const db = await getDb();
  const caller = callerFromUser(user);
  const t = await getTranslations('paymentLinks');
  const page = await listPaymentLinks(db, caller, paymentLinkListQuerySchema.parse({ ...filters, limit: PAGE_SIZE }));
  // What each link brought in: one indexed sum per link of the page (charge_payment_link_created_idx), at most PAGE_SIZE.
  const totals = await Promise.all(page.rows.map((row) => paymentLinkTotals(db, caller, row.paymentLinkUuid)));
  const at = now();

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          can(user.role, 'payments.manage') ? (
            <Link href="/dashboard/payment-links/new" className={buttonClass}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <PaymentLinkFilters filters={filters} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t('count', { count: page.total })}
      </p>
      <section aria-label={t('title')} className="rounded-lg border border-slate-200 bg-white">
        <PaymentLinksTable
          links={page.rows.map((row, i) => ({
            paymentLinkUuid: row.paymentLinkUuid,
            name: row.name,
            value: formatMinor(row.valueMinor, currencyDigits(row.currency)),
            currency: row.currency as WalletCurrency,
            status: effectiveStatus(row, at),
            methods: row.chargeTypes,
            reusable: row.isCheckout,
            maxPayments: row.maxPayments,
            paid: row.paymentsCount,
            capturedMinor: totals[i]!.capturedMinor.toString(),
            createdAt: row.createdAt.toISOString(),
          }))}
        />
      </section>
      <Pagination nextCursor={page.nextCursor} params={filters} onFirstPage={!filters.starting_after} />
    </>
  );
}

/** The URL's filters that make sense; a hand-edited bad value is dropped rather than failing the page. */
function readFilters(raw: Record<string, string | string[] | undefined>): Filters {
  const text = (key: string) => (typeof raw[key] === 'string' && raw[key] !== '' ? raw[key] : undefined);
  const status = text('status');
  const cursor = text('starting_after');
  const filters: Filters = {
    status: (PAYMENT_LINK_STATUSES as readonly string[]).includes(status ?? '') ? status : undefined,
    starting_after: cursorParamSchema.safeParse(cursor).success ? cursor : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as Filters;
}
