import { randomUUID } from 'node:crypto';
import { parseMinor, formatMinor } from '@/lib/money/decimal';
import { emptyRoute, EMPTY_ROUTE } from '../harness/baseline';
import type { RowContext } from '../harness/context';
import { creditWalletWithCard, type IssuedCard } from '../harness/credit-cards';
import { load, type LoadSpec } from '../harness/load';
import { mergeObserved, observedLoad } from '../harness/probe';
import { loadTable, percent, perSecond, ratio, type RowReport } from '../harness/report';
import { SETTINGS } from '../harness/settings';
import { describeWrites, tableWrites } from '../harness/table-writes';
import { cardChargeBody, chargesOn, createPaymentWallet, createTenant, type PaymentWallet, type Tenant } from '../harness/tenants';

const TARGET_SHARE = 0.25;
const PURCHASE = '10.00';
const PURCHASE_MINOR = 1000n;
/** The measured wallet's limit covers this share of the purchases the warm-up's pace predicts, so it runs out mid-run. */
const LIMIT_SHARE_OF_PREDICTED = 0.4;

/**
 * P2: one hot credit wallet. An account's credit wallet (approved through the sandbox KYC route)
 * has one postpaid card (issued through the QI route, which shows its number and CVV once), and
 * 50 connections buy with it at another account's store at once: on-us purchases the platform
 * authorizes as the issuer, each holding the card's and the wallet's limit in the charge's own
 * transaction. The limit is sized to run out during the run, and afterwards `used_limit` must be
 * within the limit and equal to the sum of the confirmed purchases: zero overspend.
 */
export async function hotCreditWalletRow(ctx: RowContext): Promise<RowReport> {
  const issuer = await createTenant(ctx.db, ctx.url, 'credit issuer');
  const store = await createTenant(ctx.db, ctx.url, 'store');
  const storeWallet = await createPaymentWallet(store, 'Loja on-us — BRL');

  // The warm-up buys on a wallet of its own with room to spare, and tells the pace to size the measured limit by.
  const warmupCard = await creditWalletWithCard(issuer.api, '1000000.00');
  const warmup = await load({ ...purchases(ctx, store, storeWallet, warmupCard.card), seconds: SETTINGS.warmupSeconds * 2 });
  const predicted = warmup.rps * SETTINGS.loadSeconds;
  const limitMinor = BigInt(Math.max(50, Math.round(predicted * LIMIT_SHARE_OF_PREDICTED))) * PURCHASE_MINOR;
  const limit = formatMinor(limitMinor, 2);
  const hot = await creditWalletWithCard(issuer.api, limit);

  // The purchases run in one piece (the limit runs out on the way), so the baseline takes half its time before them and half after.
  const baselineSpec = { ...emptyRoute(ctx, SETTINGS.connections), seconds: SETTINGS.loadSeconds / 2 };
  await load({ ...baselineSpec, seconds: SETTINGS.warmupSeconds });
  const baselineBefore = await observedLoad(ctx, baselineSpec, 'P2: baseline');
  const chargesBefore = await chargesOn(ctx.sql, storeWallet.walletUuid);
  const writesBefore = await tableWrites(ctx.sql);
  const started = Date.now();
  let firstDeclineAt: number | null = null;
  let confirmedMinor = 0n;
  const outcomes: Record<string, number> = {};
  const onResponse = (status: number, text: string) => {
    let outcome = `HTTP ${status}`;
    if (status === 200) {
      const charge = JSON.parse(text) as { status: string; message?: { code: string }[] };
      outcome = charge.status === 'error' ? `declined ${charge.message?.[0]?.code ?? '?'}` : charge.status;
      if (charge.status === 'confirmed') confirmedMinor += PURCHASE_MINOR;
      if (charge.status === 'error' && firstDeclineAt === null) firstDeclineAt = Date.now();
    }
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  };
  const measured = await observedLoad(ctx, { ...purchases(ctx, store, storeWallet, hot.card), seconds: SETTINGS.loadSeconds, onResponse }, 'P2: purchases');
  const ended = Date.now();
  const baseline = mergeObserved([baselineBefore, await observedLoad(ctx, baselineSpec, 'P2: baseline')]);

  const created = (await chargesOn(ctx.sql, storeWallet.walletUuid)) - chargesBefore;
  const writes = describeWrites(writesBefore, await tableWrites(ctx.sql), created);

  // The books after the run: the wallet as the QI route shows it, and the store's confirmed on-us charges.
  const { body: wallet } = await issuer.api.get(`/api/v1/credit/wallet/${hot.walletKey}`);
  const postpaid = (wallet.wallet_limits as { limit_type: string; limit_amount: unknown; used_limit: unknown }[]).find((l) => l.limit_type === 'postpaid_credit_limit')!;
  const usedMinor = parseMinor(String(postpaid.used_limit), 2);
  const limitAnswered = parseMinor(String(postpaid.limit_amount), 2);
  const [stored] = await ctx.sql<{ total: string; count: string }[]>`
    select coalesce(sum(c.amount_minor), 0)::text as total, count(*)::text as count
      from charge c join payment_instrument_entry e on e.charge_uuid = c.charge_uuid
     where e.payment_instrument_key = ${hot.instrumentKey} and c.status = 'confirmed'`;
  const storedMinor = BigInt(stored!.total);
  const noOverspend = usedMinor <= limitAnswered && usedMinor === storedMinor;
  const declines = Object.entries(outcomes).filter(([outcome]) => outcome.startsWith('declined')).reduce((sum, [, count]) => sum + count, 0);
  // The store's answers count only the purchases whose answer arrived in the run; the books count them all.
  const phases =
    firstDeclineAt === null
      ? ''
      : `; the first decline came ${((firstDeclineAt - started) / 1000).toFixed(1)} s into the ${SETTINGS.loadSeconds} s load: ${((outcomes.confirmed ?? 0) / ((firstDeclineAt - started) / 1000)).toFixed(0)} purchases/s while the limit lasted, ${(declines / ((ended - firstDeclineAt) / 1000)).toFixed(0)} declines/s after`;
  const answeredOnly = confirmedMinor !== storedMinor ? ` (the answers that arrived before the load stopped confirmed ${formatMinor(confirmedMinor, 2)}; the rest were in flight)` : '';

  const { result } = measured;
  const share = result.rps / baseline.result.rps;
  return {
    id: 'P2',
    title: 'One hot credit wallet: concurrent on-us purchases',
    checks: [
      {
        measure: `on-us purchases, req/s at ${SETTINGS.connections} connections on one card`,
        figure: perSecond(result.rps),
        baseline: perSecond(baseline.result.rps),
        ratio: ratio(share),
        target: `≥ ${percent(TARGET_SHARE)} of the empty route`,
        met: share >= TARGET_SHARE,
      },
      {
        measure: 'overspend: `used_limit` vs limit and confirmed purchases',
        figure: `used ${formatMinor(usedMinor, 2)} of ${formatMinor(limitAnswered, 2)}; confirmed ${formatMinor(storedMinor, 2)}`,
        baseline: '—',
        ratio: '—',
        target: 'used ≤ limit, used = Σ confirmed, declines happen',
        met: noOverspend && declines > 0,
      },
    ],
    details: [
      `A credit wallet with a postpaid limit of ${limit} (sized from the warm-up's pace, ${warmup.rps.toFixed(0)} purchases/s, to run out during the run) and one card of the same limit; every purchase is ${PURCHASE} BRL, one installment, captured, at another account's store.`,
      '',
      ...loadTable([
        { name: `${EMPTY_ROUTE} (baseline)`, load: baseline },
        { name: 'POST /api/v1/bank/wallet/charge/ (platform card)', load: measured },
      ]),
      `- Answers: ${Object.entries(outcomes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([outcome, count]) => `${count} × ${outcome}`)
        .join(', ')}${phases}.`,
      `- Rows written per purchase during the load (confirmed and declined alike; PostgreSQL's table statistics): ${writes}.`,
      `- After the run \`GET /api/v1/credit/wallet/{key}\` answers \`used_limit\` ${formatMinor(usedMinor, 2)} of \`limit_amount\` ${formatMinor(limitAnswered, 2)}; the store's confirmed charges on the card sum to ${formatMinor(storedMinor, 2)} (${stored!.count} charges)${answeredOnly}: ${noOverspend ? 'no overspend' : '**overspend or mismatch**'}.`,
    ],
  };
}

function purchases(ctx: RowContext, store: Tenant, wallet: PaymentWallet, card: IssuedCard): Omit<LoadSpec, 'seconds'> {
  return {
    url: ctx.url,
    path: '/api/v1/bank/wallet/charge/',
    method: 'POST',
    headers: { authorization: `Bearer ${store.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...cardChargeBody(wallet, PURCHASE, card), card_name: 'JOAO SILVA' }),
    perRequest: () => ({ headers: { 'idempotency-key': randomUUID() } }),
    connections: SETTINGS.connections,
  };
}

