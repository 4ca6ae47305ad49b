import { randomUUID } from 'node:crypto';
import { emptyRoute, EMPTY_ROUTE } from '../harness/baseline';
import type { RowContext } from '../harness/context';
import { interleaved } from '../harness/interleave';
import { answered, type LoadSpec } from '../harness/load';
import { loadTable, ms, percent, perSecond, ratio, type RowReport } from '../harness/report';
import { SETTINGS } from '../harness/settings';
import { describeWrites, tableWrites, type TableCounts } from '../harness/table-writes';
import { cardChargeBody, chargesOn, createPaymentWallet, createTenant } from '../harness/tenants';
import { webhookReceiver } from '../harness/webhook-receiver';

const TARGET_SHARE = 0.5;
/** How long the outbox is watched after the load stops: long enough to read its pace, short enough to keep the run bounded. */
const DRAIN_WATCH_MS = 30_000;

/**
 * P1: card charge creation with everything a real one carries: a token, the A.3 body validated,
 * a fresh Idempotency-Key (its row claimed and its answer stored in the charge's transaction), the
 * sandbox acquirer's authorization, the capture's ledger posting, the timeline row and the
 * `charge.confirmed` event in the outbox, fanned out to a subscribed endpoint that the in-process
 * worker then delivers.
 */
export async function cardChargesRow(ctx: RowContext): Promise<RowReport> {
  const tenant = await createTenant(ctx.db, ctx.url, 'card charges');
  const wallet = await createPaymentWallet(tenant, 'Loja benchmark — BRL');
  const receiver = await webhookReceiver();
  await tenant.api.post('/api/v1/webhooks/endpoints', { url: receiver.url, webhook_key: 'bench-key', events: ['charge.confirmed'], format: 'a55' });

  const outcomes: Record<string, number> = {};
  const spec: Omit<LoadSpec, 'seconds'> = {
    url: ctx.url,
    path: '/api/v1/bank/wallet/charge/',
    method: 'POST',
    headers: { authorization: `Bearer ${tenant.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(cardChargeBody(wallet, '100.00')),
    perRequest: () => ({ headers: { 'idempotency-key': randomUUID() } }),
    connections: SETTINGS.connections,
  };
  let before = 0;
  let writesBefore: TableCounts = new Map();
  const { baseline, charges: measured } = await interleaved(
    ctx,
    'P1',
    {
      baseline: emptyRoute(ctx, SETTINGS.connections),
      charges: {
        ...spec,
        onResponse: (status, text) => {
          const outcome = status === 200 ? String((JSON.parse(text) as { status?: string }).status) : `HTTP ${status}`;
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        },
      },
    },
    SETTINGS.loadSeconds,
    {
      afterWarmup: async () => {
        before = await chargesOn(ctx.sql, wallet.walletUuid);
        writesBefore = await tableWrites(ctx.sql);
      },
    },
  );
  const created = (await chargesOn(ctx.sql, wallet.walletUuid)) - before;
  const writes = describeWrites(writesBefore, await tableWrites(ctx.sql), created);
  const outbox = await watchOutbox(ctx, tenant.entityUuid);
  const { result } = measured;

  const share = result.rps / baseline.result.rps;
  return {
    id: 'P1',
    title: 'Card charge creation (`POST /api/v1/bank/wallet/charge/`)',
    checks: [
      {
        measure: `charges created, req/s at ${SETTINGS.connections} connections`,
        figure: perSecond(result.rps),
        baseline: perSecond(baseline.result.rps),
        ratio: ratio(share),
        target: `≥ ${percent(TARGET_SHARE)} of the empty route`,
        met: share >= TARGET_SHARE && answered(result, 200) === 1,
      },
      { measure: 'charge creation p99', figure: ms(result.p99), baseline: ms(baseline.result.p99), ratio: ratio(result.p99 / baseline.result.p99), target: 'reported', met: null },
      // A worker that kept up leaves nothing to drain: then the figure is the backlog, not a rate.
      outbox.startPending === 0
        ? {
            measure: 'webhook deliveries pending when the load stopped (the outbox kept up)',
            figure: `0 of ${outbox.total}`,
            baseline: `${perSecond(result.rps)} charges`,
            ratio: '—',
            target: 'reported',
            met: null,
          }
        : {
            measure: 'webhook deliveries after the load (outbox drain)',
            figure: `${outbox.rate.toFixed(1)} deliveries/s`,
            baseline: `${perSecond(result.rps)} charges`,
            ratio: ratio(outbox.rate / result.rps),
            target: 'reported',
            met: null,
          },
    ],
    details: [
      `One BRL wallet takes every charge: 100.00 on A.11's authorizing card, \`capture\` true, a fresh \`Idempotency-Key\` per request; the account has one webhook endpoint subscribed to \`charge.confirmed\` (A55 format) on a loopback receiver, so each charge also writes an event, a delivery and its pg-boss job, and the in-process worker delivers them while the load runs.`,
      '',
      ...loadTable([
        { name: `${EMPTY_ROUTE} (baseline)`, load: baseline },
        { name: 'POST /api/v1/bank/wallet/charge/', load: measured },
      ]),
      `- Charge statuses answered: ${Object.entries(outcomes)
        .map(([outcome, count]) => `${count} × ${outcome}`)
        .join(', ')}; ${created} charges were written during the measured load (a charge whose answer was still in flight when the load stopped counts here, not above).`,
      `- Rows written per charge during the load (PostgreSQL's table statistics; the outbox worker's own writes included): ${writes}.`,
      `- Outbox: when the load stopped, ${outbox.startPending} of the account's ${outbox.total} deliveries (warm-up included) were pending; in the next ${(outbox.watchedMs / 1000).toFixed(0)} s the worker delivered ${outbox.delivered} (${outbox.rate.toFixed(1)} per second) and ${outbox.endPending} were left${outbox.endPending > 0 ? ` (about ${(outbox.endPending / Math.max(outbox.rate, 0.01) / 60).toFixed(0)} more minutes at that pace; they drain in the background while the next rows run)` : ''}. The receiver counted ${receiver.received()} requests in all.`,
    ],
  };
}

/** The outbox's pace once the load stops: deliveries that left `pending` per second, watched until none is left or the watch ends. */
async function watchOutbox(ctx: RowContext, entityUuid: string) {
  const counts = async () => {
    const [row] = await ctx.sql<{ total: string; pending: string }[]>`
      select count(*) as total, count(*) filter (where status = 'pending') as pending from webhook_delivery where entity_uuid = ${entityUuid}`;
    return { total: Number(row!.total), pending: Number(row!.pending), at: Date.now() };
  };
  const start = await counts();
  let end = start;
  while (end.pending > 0 && end.at - start.at < DRAIN_WATCH_MS) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    end = await counts();
  }
  const watchedMs = Math.max(1, end.at - start.at);
  const delivered = start.pending - end.pending;
  return { total: end.total, startPending: start.pending, endPending: end.pending, delivered, watchedMs, rate: delivered / (watchedMs / 1000) };
}
