import { randomUUID } from 'node:crypto';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/catalogue';
import { expectChargesWhole } from '../charge-consistency';
import { loopConcurrently, sleep, waitFor } from '../concurrency';
import type { Findings } from '../findings';
import type { Harness, ReliabilityCase } from '../harness';
import { describe, type Outcome } from '../http-client';
import { auditWholeLedger, expectIntegrityOk } from '../ledger-audit';
import { expectEventsDelivered } from '../outbox-delivery';
import { scaled } from '../settings';
import { chargeBody, createEndpoint, createPaymentWallet, createTenant } from '../tenants';
import { WebhookReceiver } from '../webhook-receiver';

/**
 * R2: server A (alone, so its own restarts must work the outbox) is SIGKILLed five times while
 * clients create charges and refund them, every write with an Idempotency-Key. A request cut by a
 * kill is retried after the restart with the same key and body, as a client would. Then: every
 * charge answered 2xx is there, each key has exactly one effect, no charge or refund is
 * half-written, the ledger holds; later (after R1 and R4) every committed event has reached the
 * suite's webhook receiver, signed.
 */
const KILLS = 5;
const CONCURRENCY = 4;
const CHARGE = '100.00';
const REFUND = '10.00';
const DELIVERY_TIMEOUT_MS = 240_000;

interface Write {
  kind: 'charge' | 'refund';
  key: string;
  path: string;
  body: Record<string, unknown>;
  /** What the charge's description or the refund's reason says: the key, so the rows can be counted per key. */
  tag: string;
}

export const crashRestart: ReliabilityCase = {
  id: 'R2',
  title: 'server SIGKILLed five times under load',
  async run(harness: Harness, findings: Findings) {
    const server = harness.servers[0];
    const tenant = await createTenant(harness.db, [server.url]);
    const wallet = await createPaymentWallet(tenant, 'R2 store');
    const receiver = await WebhookReceiver.open();
    const chargeEvents = WEBHOOK_EVENT_TYPES.filter((type) => type.startsWith('charge.'));
    const endpoint = await createEndpoint(tenant, receiver.url, chargeEvents);

    const confirmed: string[] = [];
    const answered = new Map<string, string>(); // tag → charge uuid, for every 2xx
    const cut: Write[] = [];
    const counts = { sent: 0, answered: 0, cut: 0, refunds: 0 };
    let serverUp = true;
    let running = true;

    const accept = (write: Write, outcome: Outcome): boolean => {
      if (outcome.kind === 'none') return false;
      const body = outcome.body ?? {};
      const ok =
        write.kind === 'charge'
          ? outcome.status === 200 && body.status === 'confirmed'
          : outcome.status === 200 || (outcome.status === 422 && body.message?.[0]?.code === 'AMOUNT_INVALID');
      findings.check(ok, outcome.status >= 500 ? 'a 5xx' : `an unexpected answer to a ${write.kind}`, () => `${write.path}: ${describe(outcome)}`);
      if (ok && outcome.status === 200) {
        answered.set(write.tag, body.charge_uuid);
        if (write.kind === 'charge') confirmed.push(body.charge_uuid);
        else counts.refunds += 1;
      }
      return true;
    };

    const nextWrite = (): Write => {
      const key = randomUUID();
      if (confirmed.length && Math.random() < 0.4) {
        const chargeUuid = confirmed[Math.floor(Math.random() * confirmed.length)]!;
        const tag = `R2 refund ${key}`;
        return { kind: 'refund', key, tag, path: `/api/v1/bank/wallet/charge/${chargeUuid}/refund/${wallet.walletUuid}/`, body: { amount: REFUND, reason: tag } };
      }
      const tag = `R2 charge ${key}`;
      return { kind: 'charge', key, tag, path: '/api/v1/bank/wallet/charge/', body: chargeBody(wallet, { amount: CHARGE, description: tag }) };
    };

    const load = loopConcurrently(CONCURRENCY, () => !running, async () => {
      if (!serverUp) return sleep(50);
      const write = nextWrite();
      counts.sent += 1;
      const outcome = await tenant.api.post(write.path, write.body, { idempotencyKey: write.key });
      if (accept(write, outcome)) counts.answered += 1;
      else {
        counts.cut += 1;
        cut.push(write);
      }
    });

    // Each kill comes after a random share of a round's writes were sent, with some still in flight.
    // Counted rather than timed, so the events the outbox must deliver stay bounded on any machine.
    const restarts: number[] = [];
    const perRound = scaled(30, 8);
    const sentAtLeast = async (n: number) => {
      findings.check(await waitFor(async () => counts.sent >= n, 60_000, 10), 'the load stalled', () => `${counts.sent} writes sent, waiting for ${n}`);
    };
    for (let kill = 0; kill < KILLS; kill++) {
      await sentAtLeast(counts.sent + Math.ceil(perRound / 2) + Math.floor(Math.random() * (perRound / 2)));
      await server.kill();
      serverUp = false;
      const started = performance.now();
      await server.start();
      restarts.push((performance.now() - started) / 1000);
      serverUp = true;
    }
    await sentAtLeast(counts.sent + perRound);
    running = false;
    await load;

    // A client whose request was cut retries it, same key and body, until it gets an answer.
    let replayed = 0;
    for (const write of cut) {
      let outcome: Outcome = { kind: 'none', error: 'not sent', ms: 0, server: server.url };
      for (let attempt = 0; attempt < 5 && outcome.kind === 'none'; attempt++) {
        outcome = await tenant.api.post(write.path, write.body, { idempotencyKey: write.key });
        if (outcome.kind === 'none') await sleep(500);
      }
      findings.check(outcome.kind === 'answer', 'a retried request got no answer', () => `${write.path}: ${describe(outcome)}`);
      if (outcome.kind === 'answer' && outcome.headers['idempotent-replayed'] === 'true') replayed += 1;
      accept(write, outcome);
    }

    // Every 2xx is there (its charge or refund row, tagged with its key), and no key has two effects.
    const rows = await harness.sql<{ tag: string; n: number }[]>`
      select description as tag, count(*)::int as n from charge where entity_uuid = ${tenant.entityUuid} group by description
      union all
      select reason as tag, count(*)::int as n from charge_refund where entity_uuid = ${tenant.entityUuid} group by reason`;
    const effects = new Map(rows.map((row) => [row.tag, row.n]));
    for (const tag of answered.keys()) findings.check(effects.has(tag), 'a write answered 2xx is missing', () => tag);
    for (const [tag, n] of effects) findings.check(n === 1, 'a write applied twice', () => `${tag}: ${n} rows`);
    const charges = await expectChargesWhole(harness.sql, tenant.entityUuid, findings);
    await expectIntegrityOk(tenant.api, findings, 'R2 tenant');
    const ledger = await auditWholeLedger(harness.sql, findings);

    findings.figure('kills', KILLS);
    findings.figure('s restarts on average', (restarts.reduce((a, b) => a + b, 0) / restarts.length).toFixed(1));
    findings.figure('writes sent', counts.sent);
    findings.figure('cut by a kill and retried', `${cut.length} (${replayed} replayed a committed answer)`);
    findings.figure('charges whole', charges);
    findings.figure('refunds', counts.refunds);
    findings.figure('ledger transactions balanced', ledger.transactions);

    // The outbox, checked once R1 and R4 have run: a job cut by a kill waits for pg-boss to expire it.
    return async (later: Findings) => {
      const delivery = await expectEventsDelivered(harness.sql, { ...endpoint, receiver }, later, DELIVERY_TIMEOUT_MS);
      later.figure('events delivered', `${delivery.events} (${delivery.duplicates} of them twice, resent after a kill; ${delivery.seconds.toFixed(0)} s waited for them at the check)`);
      await receiver.down();
    };
  },
};
