import { callerFromUser, type Caller } from '@/lib/auth/caller';
import { currentUser } from '@/lib/auth/session';
import { getDb, type DbOrTx } from '@/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { statementCsv } from '@/lib/ledger/statement-csv';
import { walletStatement, type StatementPage } from '@/lib/ledger/statement';
import { currencyDigits } from '@/lib/money/currency';
import { walletParamsSchema } from '@/lib/wallets/schemas';

// GET /dashboard/wallets/{walletUuid}/statement.csv – the signed-in user's wallet statement, every entry, as CSV

const PAGE = 100;

export async function GET(_request: Request, { params }: { params: Promise<{ walletUuid: string }> }) {
  const user = await currentUser();
  if (!user) return new Response('Sign in to download statements', { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const { walletUuid } = await params;
  if (!walletParamsSchema.safeParse({ wallet_uuid: walletUuid }).success) return notFound();
  const db = await getDb();
  const caller = callerFromUser(user);
  let first: StatementPage;
  try {
    // The first page before any byte is sent: another account's wallet (or none) is a plain 404.
    first = await walletStatement(db, caller, walletUuid, { limit: PAGE });
  } catch (error) {
    if (isAppError(error) && error.status === 404) return notFound();
    throw error;
  }
  return new Response(csvPages(db, caller, first), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="statement-${first.walletUuid}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}

const notFound = () => new Response('Wallet not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

/** The statement page by page (newest first), so a long history streams in constant memory; one header line. */
function csvPages(db: DbOrTx, caller: Caller, first: StatementPage): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const digits = currencyDigits(first.currency);
  let page: StatementPage | null = first;
  let header = true;
  return new ReadableStream({
    async pull(controller) {
      if (!page) return controller.close();
      const csv = statementCsv(page.rows, digits);
      controller.enqueue(encoder.encode(header ? csv : csv.slice(csv.indexOf('\r\n') + 2)));
      header = false;
      page = page.nextCursor ? await walletStatement(db, caller, first.walletUuid, { limit: PAGE, startingAfter: page.nextCursor }) : null;
    },
  });
}
