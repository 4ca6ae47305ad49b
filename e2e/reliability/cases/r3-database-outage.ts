import { randomUUID } from 'node:crypto';
import { createApiClient } from '@/lib/credentials/create';
import { expectChargesWhole } from '../charge-consistency';
import { loopConcurrently, sleep, waitFor } from '../concurrency';
import { answerProblems, operationById } from '../contract';
import type { Findings } from '../findings';
import type { Harness, ReliabilityCase } from '../harness';
import { call, describe, expectAnswer, type Outcome } from '../http-client';
import { auditWholeLedger } from '../ledger-audit';
import { scaled } from '../settings';
import { chargeBody, createPaymentWallet, createTenant, creditWalletWithCard } from '../tenants';

/**
 * R3: PostgreSQL stopped (a fast shutdown, every session cut) and started again while clients
 * call routes of every family on both servers. While it is down every answer is a 503 with
 * `Retry-After` in the route's own dialect (A55, A55 charges, QI, OAuth; the health check its own
 * documented body) — never another status, a hang or a crash; once it is back, both servers answer
 * 2xx again by themselves, and nothing was half-written.
 */
const CONCURRENCY = 8;
const OUTAGE_MS = 6_000;
/** An answer slower than this is a hang: the outage itself lasts 6 s, and a 503 needs no waiting. */
const HANG_MS = 15_000;
const RECOVERY_TIMEOUT_MS = 30_000;
const AFTER_RECOVERY_MS = 8_000;

interface Route {
  name: string;
  /** The operation it calls, whose contract every answer must keep. */
  operationId: string;
  send(server: string): Promise<Outcome>;
  /** The health check answers its own body, without Retry-After. */
  retryAfter: boolean;
}

export const databaseOutage: ReliabilityCase = {
  id: 'R3',
  title: 'PostgreSQL stopped and started under load',
  async run(harness: Harness, findings: Findings) {
    const servers = harness.servers.map((s) => s.url);
    const tenant = await createTenant(harness.db, servers);
    const wallet = await createPaymentWallet(tenant, 'R3 store');
    const credit = await creditWalletWithCard(tenant, { wallet: '1000.00', card: '100.00' });
    const issued = expectAnswer(await tenant.api.post('/api/v1/bank/wallet/charge/', chargeBody(wallet, { amount: '10.00', description: 'R3 issued' }), {}), 200, 'R3 set-up charge');
    const { clientId, clientSecret } = await tenantClient(harness, tenant.entityUuid);
    const token = tenant.api.token;
    const someAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

    const routes: Route[] = [
      {
        name: 'create charge (A55 charges)',
        operationId: 'createCharge', retryAfter: true,
        send: (server) => call(server, 'POST', '/api/v1/bank/wallet/charge/', { timeoutMs: HANG_MS, token, json: chargeBody(wallet, { amount: '10.00', description: 'R3 charge' }), idempotencyKey: randomUUID() }),
      },
      { name: 'wallet balance (A55)', operationId: 'getWalletBalance', retryAfter: true, send: (server) => call(server, 'GET', `/api/v1/bank/wallet/${wallet.walletUuid}/balance/`, { timeoutMs: HANG_MS, token }) },
      { name: 'credit wallet (QI)', operationId: 'getCreditWallet', retryAfter: true, send: (server) => call(server, 'GET', `/api/v1/credit/wallet/${credit.walletKey}`, { timeoutMs: HANG_MS, token }) },
      {
        name: 'credit limit change (QI)',
        operationId: 'updateCreditWalletLimit', retryAfter: true,
        send: (server) => call(server, 'PATCH', `/api/v1/credit/wallet/${credit.walletKey}/wallet_limit/${credit.walletLimitKey}`, { timeoutMs: HANG_MS, token, json: { limit_amount: 1000 }, idempotencyKey: randomUUID() }),
      },
      { name: 'webhook endpoints (A55)', operationId: 'listWebhookEndpoints', retryAfter: true, send: (server) => call(server, 'GET', '/api/v1/webhooks/endpoints', { timeoutMs: HANG_MS, token }) },
      {
        name: 'public charge status (A55 charges, no token)',
        operationId: 'getPublicChargeStatus', retryAfter: true,
        send: (server) => call(server, 'GET', `/api/v1/bank/public/charge/${issued.body.charge_uuid}/`, { timeoutMs: HANG_MS, headers: { 'x-forwarded-for': someAddress() } }),
      },
      {
        name: 'token (OAuth)',
        operationId: 'issueAccessToken', retryAfter: true,
        send: (server) =>
          call(server, 'POST', '/api/oauth2/token', {
            timeoutMs: HANG_MS,
            raw: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
            contentType: 'application/x-www-form-urlencoded',
            headers: { 'x-forwarded-for': someAddress() },
          }),
      },
      { name: 'health', operationId: 'getHealth', retryAfter: false, send: (server) => call(server, 'GET', '/api/health', { timeoutMs: HANG_MS }) },
    ];

    type Phase = 'before' | 'outage' | 'recovering' | 'after';
    // When the outage began and ended, so a failure says where in it the request was sent.
    const marks = { stop: 0, stopped: 0, start: 0, started: 0 };
    // A pooled connection that sat idle through the outage learns it was cut only when it is next
    // used: its first query after the restart fails (57P01) and is answered 503 with Retry-After, the
    // contract, and the pool replaces it. So each server may answer that once per pooled connection
    // (db/client.ts keeps 10) after recovery; any more, or any other failure, is one.
    const POOL_SIZE = 10;
    const stale503 = new Map<string, number>();
    const clock = (at: number) => {
      const s = (t: number) => ((at - t) / 1000).toFixed(2);
      if (!marks.stop || at < marks.stop) return 'before the stop';
      if (!marks.start || at < marks.start) return `${s(marks.stop)} s after the stop began${marks.stopped ? ` (it took ${((marks.stopped - marks.stop) / 1000).toFixed(2)} s)` : ''}`;
      return `${s(marks.start)} s after the start began${marks.started ? ` (it took ${((marks.started - marks.start) / 1000).toFixed(2)} s)` : ''}`;
    };
    let phase: Phase = 'before';
    let running = true;
    const perRoute = new Map(routes.map((r) => [r.name, { ok: 0, unavailable: 0, lastOk: false }]));
    const chargesAnswered: string[] = [];
    let requests = 0;
    let slowest = 0;
    let turn = 0;

    const load = loopConcurrently(CONCURRENCY, () => !running, async () => {
      const route = routes[turn % routes.length]!;
      const server = servers[Math.floor(turn / routes.length) % servers.length]!;
      turn += 1;
      const sentIn = phase;
      const sentAt = performance.now();
      const outcome = await route.send(server);
      requests += 1;
      slowest = Math.max(slowest, outcome.ms);
      const stats = perRoute.get(route.name)!;
      const where = `${route.name} on ${server} (sent ${sentIn}, ${clock(sentAt)})`;
      if (outcome.kind === 'none') {
        findings.fail(outcome.error === 'timeout' ? `a request hung (no answer in ${HANG_MS / 1000} s)` : 'a request got no answer', `${where}: ${describe(outcome)}`);
        return;
      }
      const success = outcome.status >= 200 && outcome.status < 300;
      stats.lastOk = success;
      if (success) {
        stats.ok += 1;
        if (route.operationId === 'createCharge') chargesAnswered.push(outcome.body.charge_uuid);
      } else if (outcome.status === 503) stats.unavailable += 1;
      const stale = sentIn === 'after' && outcome.status === 503 && (stale503.get(server) ?? 0) < POOL_SIZE;
      if (stale) stale503.set(server, (stale503.get(server) ?? 0) + 1);
      const allowed = success || (outcome.status === 503 && (sentIn !== 'after' || stale));
      findings.check(allowed, outcome.status >= 500 && outcome.status !== 503 ? `a ${outcome.status}` : sentIn === 'after' ? 'a failure after the database came back' : `an unexpected ${outcome.status}`, () => `${where}: ${describe(outcome)}`);
      if (outcome.status === 503 && route.retryAfter) {
        findings.check(/^\d+$/.test(outcome.headers['retry-after'] ?? ''), 'a 503 without Retry-After', () => `${where}: ${JSON.stringify(outcome.headers)}`);
      }
      const problems = answerProblems(operationById(route.operationId), outcome);
      if (problems.length) findings.fail(`a ${outcome.status} off its route’s contract`, `${where}: ${problems.join('; ')}`);
    });

    await sleep(2_000);
    phase = 'outage';
    marks.stop = performance.now();
    await harness.pg.stop();
    marks.stopped = performance.now();
    await sleep(OUTAGE_MS);
    marks.start = performance.now();
    await harness.pg.start();
    marks.started = performance.now();
    phase = 'recovering';
    const started = performance.now();
    const recovered = await waitFor(async () => routes.every((r) => perRoute.get(r.name)!.lastOk), RECOVERY_TIMEOUT_MS, 100);
    const recoverySeconds = (performance.now() - started) / 1000;
    findings.check(recovered, 'a route did not recover by itself', () => `after ${RECOVERY_TIMEOUT_MS / 1000} s: ${routes.filter((r) => !perRoute.get(r.name)!.lastOk).map((r) => r.name).join(', ')}`);
    phase = 'after';
    await sleep(scaled(AFTER_RECOVERY_MS));
    running = false;
    await load;

    for (const route of routes) {
      const stats = perRoute.get(route.name)!;
      findings.check(stats.unavailable > 0, 'a route never answered 503 while the database was down', () => `${route.name}: ${stats.ok} answers, none 503`);
    }
    const [present] = await harness.sql<{ n: number }[]>`select count(*)::int as n from charge where charge_uuid = any(${chargesAnswered}::uuid[])`;
    findings.check(present!.n === chargesAnswered.length, 'a charge answered 2xx is missing', () => `${present!.n} of ${chargesAnswered.length}`);
    const charges = await expectChargesWhole(harness.sql, tenant.entityUuid, findings);
    const ledger = await auditWholeLedger(harness.sql, findings);

    const total = (key: 'ok' | 'unavailable') => [...perRoute.values()].reduce((sum, s) => sum + s[key], 0);
    findings.figure('routes', routes.length);
    findings.figure('requests', requests);
    findings.figure('2xx', total('ok'));
    findings.figure('503 with Retry-After', total('unavailable'));
    findings.figure(`s down`, OUTAGE_MS / 1000);
    findings.figure('s to recover after the restart', recoverySeconds.toFixed(1));
    findings.figure('s for the slowest answer', (slowest / 1000).toFixed(1));
    findings.figure(`503 from pooled connections stale after recovery (≤ ${POOL_SIZE} a server)`, [...stale503.values()].reduce((a, b) => a + b, 0));
    findings.figure('charges whole', charges);
    findings.figure('ledger transactions balanced', ledger.transactions);
  },
};

/** A client of the tenant whose secret the suite knows, for the token endpoint's share of the load. */
async function tenantClient(harness: Harness, entityUuid: string) {
  const { client, clientSecret } = await createApiClient(harness.db, { type: 'system', id: 'reliability-suite', entityUuid }, { entityUuid, name: 'R3 token load', scopes: ['wallet:read'] });
  return { clientId: client.clientId, clientSecret };
}
