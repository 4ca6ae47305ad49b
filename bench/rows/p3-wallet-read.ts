import { emptyRoute, EMPTY_ROUTE } from '../harness/baseline';
import type { RowContext } from '../harness/context';
import { interleaved } from '../harness/interleave';
import { answered } from '../harness/load';
import { loadTable, ms, perSecond, ratio, type RowReport } from '../harness/report';
import { SETTINGS } from '../harness/settings';
import { createPaymentWallet, createTenant } from '../harness/tenants';

const TARGET_P99_MS = 25;

/** P3: `GET /api/v1/bank/wallet/{wallet_uuid}/` (token, scope, the wallet row and its available balance) at 50 connections. */
export async function walletReadRow(ctx: RowContext): Promise<RowReport> {
  const tenant = await createTenant(ctx.db, ctx.url, 'wallet reads');
  const wallet = await createPaymentWallet(tenant, 'Loja leitura — BRL');
  const path = `/api/v1/bank/wallet/${wallet.walletUuid}/`;
  const spec = { url: ctx.url, path, headers: { authorization: `Bearer ${tenant.token}` }, connections: SETTINGS.connections };
  const { baseline, wallet: measured } = await interleaved(ctx, 'P3', { baseline: emptyRoute(ctx, SETTINGS.connections), wallet: spec }, SETTINGS.loadSeconds);
  const { result } = measured;
  // The floor any route has at this concurrency: a closed loop of N connections at R answers/s waits N / R on average.
  const littleFloor = (SETTINGS.connections / baseline.result.rps) * 1000;

  return {
    id: 'P3',
    title: 'Wallet read (`GET /api/v1/bank/wallet/{wallet_uuid}/`)',
    checks: [
      {
        measure: `wallet GET p99 at ${SETTINGS.connections} connections`,
        figure: ms(result.p99),
        baseline: ms(baseline.result.p99),
        ratio: ratio(result.p99 / baseline.result.p99),
        target: `≤ ${TARGET_P99_MS} ms`,
        met: result.p99 <= TARGET_P99_MS && answered(result, 200) === 1,
      },
      { measure: 'wallet GET req/s', figure: perSecond(result.rps), baseline: perSecond(baseline.result.rps), ratio: ratio(result.rps / baseline.result.rps), target: 'reported', met: null },
    ],
    details: [
      ...loadTable([
        { name: `${EMPTY_ROUTE} (baseline)`, load: baseline },
        { name: 'GET /api/v1/bank/wallet/{wallet_uuid}/', load: measured },
      ]),
      `- At ${SETTINGS.connections} connections in a closed loop, a route answering R requests/s keeps each request about ${SETTINGS.connections} / R s (Little's law): even the empty route's ${baseline.result.rps.toFixed(0)} req/s means ${littleFloor.toFixed(0)} ms on average. A p99 of ${TARGET_P99_MS} ms at this concurrency needs about ${((SETTINGS.connections / TARGET_P99_MS) * 1000).toFixed(0)} req/s from this one process.`,
    ],
  };
}
