import { getDb, type DbOrTx } from '@/db/client';
import { callerFromUser, type Caller } from '@/lib/auth/caller';
import { currentUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/credit/queries';
import { csvLine } from '@/lib/ledger/statement-csv';
import { currencyDigits } from '@/lib/money/currency';
import { findSettlementDay, settlementDayLines, type DashboardSettlement } from '@/lib/settlements/dashboard-queries';
import { SETTLEMENT_CSV_HEADER, settlementLinesCsv } from './lines-csv';

// GET /dashboard/settlements/{settlementUuid}/lines.csv – the signed-in user's settlement, every line, as CSV

const PAGE = 500;

export async function GET(_request: Request, { params }: { params: Promise<{ settlementUuid: string }> }) {
  const user = await currentUser();
  if (!user) return new Response('Sign in to download settlements', { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const { settlementUuid } = await params;
  if (!isUuid(settlementUuid)) return notFound();
  const db = await getDb();
  const caller = callerFromUser(user);
  // Found before any byte is sent: another account's settlement (or none) is a plain 404.
  const settlement = await findSettlementDay(db, caller, settlementUuid);
  if (!settlement) return notFound();
  return new Response(csvPages(db, caller, settlement), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="settlement-${settlement.settlementDate}-${settlement.settlementUuid}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}

const notFound = () => new Response('Settlement not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** The header, then the lines page by page in the order they settled, so a busy day streams in constant memory. */
function csvPages(db: DbOrTx, caller: Caller, settlement: DashboardSettlement): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const digits = currencyDigits(settlement.currency);
  let afterId: bigint | undefined;
  let header = true;
  return new ReadableStream({
    async pull(controller) {
      if (header) {
        header = false;
        return controller.enqueue(encoder.encode(csvLine(SETTLEMENT_CSV_HEADER)));
      }
      const lines = await settlementDayLines(db, caller, settlement.settlementUuid, { afterId, limit: PAGE });
      if (lines.length > 0) controller.enqueue(encoder.encode(settlementLinesCsv(settlement, lines, digits)));
      if (lines.length < PAGE) return controller.close();
      afterId = lines.at(-1)!.id;
    },
  });
}
