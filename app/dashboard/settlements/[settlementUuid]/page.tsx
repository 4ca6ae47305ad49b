import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SettlementLinesTable } from '@/components/settlements/settlement-lines-table';
import { SettlementSummary } from '@/components/settlements/settlement-summary';
import { PageHeader } from '@/components/shell/page-header';
import { secondaryButtonClass } from '@/components/ui/field';
import { formatIsoDate } from '@/components/ui/format';
import { SectionCard } from '@/components/ui/section-card';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/credit/queries';
import { getFormatting } from '@/lib/i18n/formatting';
import { findSettlementDay, settlementDayLines } from '@/lib/settlements/dashboard-queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settlements'))('detail.title') };
}

// The page shows a day's first lines; the CSV streams every one.
const SHOWN_LINES = 500;

/** One settlement: its day, wallet and totals, and a line per charge settled, with the CSV of them all. */
export default async function SettlementPage({ params }: { params: Promise<{ settlementUuid: string }> }) {
  const { settlementUuid } = await params;
  const user = await requireUser(`/dashboard/settlements/${settlementUuid}`);
  if (!isUuid(settlementUuid)) notFound();
  const db = await getDb();
  const caller = callerFromUser(user);
  const settlement = await findSettlementDay(db, caller, settlementUuid);
  if (!settlement) notFound();
  const [lines, t, formatting] = await Promise.all([
    settlementDayLines(db, caller, settlement.settlementUuid, { limit: SHOWN_LINES }),
    getTranslations('settlements.detail'),
    getFormatting(),
  ]);
  const row = { ...settlement, walletLabel: settlement.walletName ?? settlement.walletCustomerId ?? settlement.walletUuid };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/settlements" className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('heading', { date: formatIsoDate(settlement.settlementDate, formatting.locale) })} description={row.walletLabel} />
      <SectionCard id="summary" title={t('summary')}>
        <SettlementSummary settlement={row} walletUuid={settlement.walletUuid} />
      </SectionCard>
      <section aria-labelledby="lines-title" className="mb-6 rounded-lg border border-slate-200 bg-white">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-2">
          <h2 id="lines-title" className="text-sm font-semibold">
            {t('lines')}
          </h2>
          <a href={`/dashboard/settlements/${settlement.settlementUuid}/lines.csv`} download className={`${secondaryButtonClass} px-3 py-1 text-xs`}>
            {t('downloadCsv')}
          </a>
        </div>
        <SettlementLinesTable lines={lines.map((line) => ({ ...line, id: line.id.toString() }))} currency={settlement.currency} />
        {settlement.lineCount > lines.length ? <p className="px-4 pb-3 text-xs text-slate-500">{t('moreLines', { shown: lines.length, total: settlement.lineCount })}</p> : null}
      </section>
    </>
  );
}
