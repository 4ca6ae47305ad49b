import { randomUUID } from 'node:crypto';
import { forEachConcurrently, sleep } from '../concurrency';
import type { Findings } from '../findings';
import type { Harness, ReliabilityCase } from '../harness';
import { describe, type Answer, type Outcome } from '../http-client';
import { auditWholeLedger } from '../ledger-audit';
import { scaled } from '../settings';
import { chargeBody, createPaymentWallet, createTenant, creditWalletBody, type PaymentWallet, type Tenant } from '../tenants';

/**
 * R4: a thousand Idempotency-Keys, each sent several times through two servers on one database:
 * concurrent duplicates (racing on both servers), sequential replays, and a reuse with another body.
 * Writes of three dialects: charges and refunds (A55 charges), payment links (A55), credit wallets
 * (QI). For every key: exactly one effect in the database, exactly one answer that did the work,
 * every other answer a replay of it (the same resource, `Idempotent-Replayed: true`), and the
 * reuse with another body refused with DUPLICATE_REQUEST.
 */
const CONCURRENCY = 8;

type Plan = 'concurrent' | 'sequential' | 'conflict';
interface Write {
  kind: 'charge' | 'refund' | 'link' | 'credit_wallet';
  plan: Plan;
  key: string;
  path: string;
  body: Record<string, unknown>;
  /** What the effect's row carries, to count effects per key. */
  tag: string;
}

export const idempotentReplays: ReliabilityCase = {
  id: 'R4',
  title: 'idempotent replays and concurrent duplicates on two servers',
  async run(harness: Harness, findings: Findings) {
    const servers = harness.servers.map((s) => s.url);
    const tenant = await createTenant(harness.db, servers);
    const wallet = await createPaymentWallet(tenant, 'R4 store');
    const keys = scaled(1000, 10);
    const writes: Write[] = [];
    for (let i = 0; i < keys; i++) writes.push(await planWrite(i, tenant, wallet));

    const counts = { requests: 0, replays: 0, inProgress: 0, conflicts: 0 };
    const answersByKey = new Map<string, Answer[]>();
    const send = async (write: Write, server: string, body = write.body): Promise<Answer | null> => {
      // REQUEST_IN_PROGRESS is the retryable answer to a duplicate that waited its 5 s: retry, as a client would.
      for (let attempt = 0; attempt < 10; attempt++) {
        counts.requests += 1;
        const outcome: Outcome = await tenant.api.post(write.path, body, { idempotencyKey: write.key, server });
        if (outcome.kind === 'answer' && outcome.status === 409 && codeOf(outcome) === 'REQUEST_IN_PROGRESS') {
          counts.inProgress += 1;
          await sleep(Number(outcome.headers['retry-after'] ?? 1) * 1000);
          continue;
        }
        if (outcome.kind === 'none') {
          findings.fail('a request got no answer', `${write.path}: ${describe(outcome)}`);
          return null;
        }
        return outcome;
      }
      findings.fail('a key stayed in progress', `${write.kind} ${write.key}`);
      return null;
    };

    const started = performance.now();
    await forEachConcurrently(writes, CONCURRENCY, async (write, i) => {
      const [first, second] = i % 2 ? [servers[0]!, servers[1]!] : [servers[1]!, servers[0]!];
      let answers: (Answer | null)[];
      if (write.plan === 'sequential') {
        answers = [await send(write, first), await send(write, second), await send(write, first)];
      } else {
        answers = await Promise.all([send(write, first), send(write, second), send(write, first)]);
      }
      if (write.plan === 'conflict') {
        const other = { ...write.body, ...ANOTHER_AMOUNT[write.kind] };
        const refused = await send(write, second, other);
        const ok = refused?.status === 409 && codeOf(refused) === 'DUPLICATE_REQUEST';
        findings.check(ok, 'a key reused with another body was not refused', () => `${write.path}: ${refused ? describe(refused) : 'no answer'}`);
        if (ok) counts.conflicts += 1;
      }
      answersByKey.set(write.key, answers.filter((a): a is Answer => a !== null));
    });
    const seconds = (performance.now() - started) / 1000;

    // The answers: all the same success, exactly one of them did the work, the others replayed it.
    for (const write of writes) {
      const answers = answersByKey.get(write.key) ?? [];
      const ids = new Set(answers.map((a) => `${a.status} ${resourceId(write, a)}`));
      const fresh = answers.filter((a) => a.headers['idempotent-replayed'] !== 'true');
      counts.replays += answers.length - fresh.length;
      findings.check(answers.every((a) => a.status >= 200 && a.status < 300), answers.some((a) => a.status >= 500) ? 'a 5xx' : 'a duplicate was not answered as its first', () => `${write.kind} ${write.key}: ${answers.map(describe).join(' | ')}`);
      findings.check(ids.size === 1, 'the answers to one key name different resources', () => `${write.kind} ${write.key}: ${[...ids].join(', ')}`);
      findings.check(fresh.length === 1, 'not exactly one answer to a key did the work', () => `${write.kind} ${write.key}: ${fresh.length} answers without Idempotent-Replayed`);
    }

    // The database: exactly one effect per key.
    const effects = await harness.sql<{ tag: string; n: number }[]>`
      select description as tag, count(*)::int as n from charge where entity_uuid = ${tenant.entityUuid} group by description
      union all select reason, count(*)::int from charge_refund where entity_uuid = ${tenant.entityUuid} group by reason
      union all select name, count(*)::int from payment_link where entity_uuid = ${tenant.entityUuid} group by name
      union all select request_control_key::text, count(*)::int from credit_wallet where entity_uuid = ${tenant.entityUuid} group by request_control_key`;
    const effectsByTag = new Map(effects.map((row) => [row.tag, row.n]));
    for (const write of writes) {
      const n = effectsByTag.get(write.tag) ?? 0;
      findings.check(n === 1, n === 0 ? 'a key with no effect' : 'a key with more than one effect', () => `${write.kind} ${write.key}: ${n} rows tagged ${write.tag}`);
    }
    const ledger = await auditWholeLedger(harness.sql, findings);

    const byKind = (kind: Write['kind']) => writes.filter((w) => w.kind === kind).length;
    findings.figure('keys', keys);
    findings.figure(`(charges/refunds/links/credit wallets)`, `${byKind('charge')}/${byKind('refund')}/${byKind('link')}/${byKind('credit_wallet')}`);
    findings.figure(`requests in ${seconds.toFixed(0)} s`, counts.requests);
    findings.figure('replayed answers', counts.replays);
    findings.figure('REQUEST_IN_PROGRESS retried', counts.inProgress);
    findings.figure('reuses with another body refused', counts.conflicts);
    findings.figure('effects, one per key', writes.filter((w) => effectsByTag.get(w.tag) === 1).length);
    findings.figure('ledger transactions balanced', ledger.transactions);
  },
};

/** The same write for another amount: what a reused key must refuse. */
const ANOTHER_AMOUNT: Record<Write['kind'], Record<string, unknown>> = {
  charge: { installment_value: '200.00' },
  refund: { amount: '20.00' },
  link: { value: '59.90' },
  credit_wallet: { limits: { postpaid_credit_limit: '2000.00' } },
};

/** Key i's write and how it is sent: three of ten keys race three copies, two replay in turn, one is reused with another body; the kinds rotate too. */
async function planWrite(i: number, tenant: Tenant, wallet: PaymentWallet): Promise<Write> {
  const key = randomUUID();
  const plan: Plan = ['concurrent', 'concurrent', 'concurrent', 'sequential', 'sequential', 'conflict'][i % 6] as Plan;
  const tag = `R4 ${key}`;
  switch (i % 10) {
    case 6:
    case 7: {
      // The charge to refund is made first, without a key: only the refund is under test.
      const made = await tenant.api.post('/api/v1/bank/wallet/charge/', chargeBody(wallet, { amount: '100.00', description: `R4 refundable ${key}` }));
      if (made.kind !== 'answer' || made.status !== 200) throw new Error(`R4 set-up charge: ${describe(made)}`);
      return { kind: 'refund', plan, key, tag, path: `/api/v1/bank/wallet/charge/${made.body.charge_uuid}/refund/${wallet.walletUuid}/`, body: { amount: '10.00', reason: tag } };
    }
    case 8:
      return {
        kind: 'link',
        plan,
        key,
        tag,
        path: '/api/v1/bank/wallet/payment-link/',
        body: { wallet_uuid: wallet.walletUuid, merchant_id: wallet.merchantUuid, region: 'BR', currency: 'BRL', billing_type: 'one_time', charge_type: ['credit_card'], name: tag, value: '49.90' },
      };
    case 9: {
      const body = creditWalletBody('1000.00');
      return { kind: 'credit_wallet', plan, key, tag: body.request_control_key, path: '/api/v1/credit/wallet', body };
    }
    default:
      return { kind: 'charge', plan, key, tag, path: '/api/v1/bank/wallet/charge/', body: chargeBody(wallet, { amount: '100.00', description: tag }) };
  }
}

/** The error code in any dialect: A55 charges put it in `message[0].code`, the others in `code`. */
function codeOf(answer: Answer): string | undefined {
  return answer.body?.message?.[0]?.code ?? answer.body?.code;
}

function resourceId(write: Write, answer: Answer): string {
  const body = answer.body ?? {};
  if (write.kind === 'link') return body.payment_link_uuid;
  if (write.kind === 'credit_wallet') return body.wallet_key;
  return body.charge_uuid;
}
