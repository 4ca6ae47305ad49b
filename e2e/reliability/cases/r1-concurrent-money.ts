import { randomUUID } from 'node:crypto';
import { formatMinor } from '@/lib/money/decimal';
import { forEachConcurrently } from '../concurrency';
import type { Findings } from '../findings';
import type { Harness, ReliabilityCase } from '../harness';
import { describe, type Outcome } from '../http-client';
import { auditWholeLedger, expectIntegrityOk } from '../ledger-audit';
import { minorOf } from '../money';
import { scaled } from '../settings';
import { chargeBody, createPaymentWallet, createTenant, creditWalletWithCard, type PaymentWallet } from '../tenants';

/**
 * R1: thousands of concurrent charges and refunds across 10 wallets, and on-us purchases racing
 * for one credit wallet's card, through two servers on one database. Each charge (100.00) gets
 * three concurrent partial refunds of 40.00, of which exactly two fit; the card's limit (1000.00)
 * fits exactly 37 purchases of 27.00 whatever the number sent. Then: nothing overspent, every
 * refund and balance where the answers say, every ledger transaction balanced and every balance
 * equal to its recomputation (the integrity endpoint and SQL over the whole database).
 */
const WALLETS = 10;
const CHARGE = '100.00';
const REFUND = '40.00';
const REFUNDS_PER_CHARGE = 3;
const REFUNDS_THAT_FIT = 2;
const CARD_LIMIT = '1000.00';
const PURCHASE = '27.00';
const PURCHASES_THAT_FIT = 37;
const PURCHASES_REFUNDED = 5;
const CONCURRENCY = 16;

type Task = { kind: 'charge'; wallet: PaymentWallet; n: number } | { kind: 'purchase'; wallet: PaymentWallet; n: number };

export const concurrentMoney: ReliabilityCase = {
  id: 'R1',
  title: 'concurrent charges, refunds and on-us purchases on two servers',
  async run(harness: Harness, findings: Findings) {
    const servers = harness.servers.map((s) => s.url);
    const merchant = await createTenant(harness.db, servers);
    const wallets: PaymentWallet[] = [];
    for (let i = 0; i < WALLETS; i++) wallets.push(await createPaymentWallet(merchant, `R1 store ${i + 1}`));
    const issuer = await createTenant(harness.db, servers);
    const credit = await creditWalletWithCard(issuer, { wallet: '5000.00', card: CARD_LIMIT });

    const chargeCount = scaled(150) * WALLETS;
    const purchaseCount = scaled(150, PURCHASES_THAT_FIT + 1);
    const tasks: Task[] = [
      ...Array.from({ length: chargeCount }, (_, n): Task => ({ kind: 'charge', wallet: wallets[n % WALLETS]!, n })),
      ...Array.from({ length: purchaseCount }, (_, n): Task => ({ kind: 'purchase', wallet: wallets[n % WALLETS]!, n })),
    ];
    shuffle(tasks);

    const refundedByCharge = new Map<string, bigint>();
    const confirmedPurchases: { chargeUuid: string; walletUuid: string }[] = [];
    const counts = { requests: 0, refundsAccepted: 0, refundsRefused: 0, purchasesDeclined: 0 };
    const expect = (outcome: Outcome, ok: (status: number, body: Record<string, unknown>) => boolean, what: string) => {
      counts.requests += 1;
      const answered = outcome.kind === 'answer' && ok(outcome.status, outcome.body ?? {});
      findings.check(answered, outcome.kind === 'none' ? 'a request got no answer' : outcome.status >= 500 ? 'a 5xx' : `an unexpected answer to ${what}`, () => `${what}: ${describe(outcome)}`);
      return answered;
    };

    const started = performance.now();
    await forEachConcurrently(tasks, CONCURRENCY, async (task) => {
      const api = merchant.api;
      if (task.kind === 'purchase') {
        const body = chargeBody(task.wallet, { amount: PURCHASE, description: `R1 on-us purchase ${task.n}`, card: credit.card });
        const outcome = await api.post('/api/v1/bank/wallet/charge/', body, { idempotencyKey: randomUUID() });
        const declined = (b: Record<string, unknown>) => b.status === 'error' && (b.message as { code?: string }[] | undefined)?.[0]?.code === 'INSUFFICIENT_FUNDS';
        if (!expect(outcome, (s, b) => s === 200 && (b.status === 'confirmed' || declined(b)), 'an on-us purchase')) return;
        if (outcome.kind === 'answer' && outcome.body.status === 'confirmed') confirmedPurchases.push({ chargeUuid: outcome.body.charge_uuid, walletUuid: task.wallet.walletUuid });
        else counts.purchasesDeclined += 1;
        return;
      }
      const outcome = await api.post('/api/v1/bank/wallet/charge/', chargeBody(task.wallet, { amount: CHARGE, description: `R1 charge ${task.n}` }), { idempotencyKey: randomUUID() });
      if (!expect(outcome, (s, b) => s === 200 && b.status === 'confirmed', 'a card charge') || outcome.kind !== 'answer') return;
      const chargeUuid = outcome.body.charge_uuid as string;
      refundedByCharge.set(chargeUuid, 0n);
      // The refunds race each other, each through whichever server the rotation gives it.
      await Promise.all(
        Array.from({ length: REFUNDS_PER_CHARGE }, async () => {
          const refund = await api.post(`/api/v1/bank/wallet/charge/${chargeUuid}/refund/${task.wallet.walletUuid}/`, { amount: REFUND, reason: 'R1 race' }, { idempotencyKey: randomUUID() });
          const refused = (s: number, b: Record<string, unknown>) => s === 422 && (b.message as { code?: string }[] | undefined)?.[0]?.code === 'AMOUNT_INVALID';
          if (!expect(refund, (s, b) => s === 200 || refused(s, b), 'a partial refund') || refund.kind !== 'answer') return;
          if (refund.status === 200) {
            counts.refundsAccepted += 1;
            refundedByCharge.set(chargeUuid, refundedByCharge.get(chargeUuid)! + minorOf(REFUND));
          } else counts.refundsRefused += 1;
        }),
      );
    });
    const seconds = (performance.now() - started) / 1000;

    // Give some of the limit back: full refunds of a few purchases.
    for (const purchase of confirmedPurchases.slice(0, PURCHASES_REFUNDED)) {
      const refund = await merchant.api.post(`/api/v1/bank/wallet/charge/${purchase.chargeUuid}/refund/${purchase.walletUuid}/`, { reason: 'R1 purchase returned' }, { idempotencyKey: randomUUID() });
      expect(refund, (s, b) => s === 200 && b.status === 'refunded', 'a purchase refund');
    }
    const purchasesRefunded = Math.min(PURCHASES_REFUNDED, confirmedPurchases.length);

    // No overspend, and no refund beyond what was captured: every charge has exactly two refunds' worth.
    findings.check(confirmedPurchases.length === PURCHASES_THAT_FIT, 'the card authorized other than exactly what its limit fits', () => `${confirmedPurchases.length} purchases of ${PURCHASE} authorized on a ${CARD_LIMIT} card (fits ${PURCHASES_THAT_FIT})`);
    const expectedUsed = minorOf(PURCHASE) * BigInt(confirmedPurchases.length - purchasesRefunded);
    const creditWallet = await issuer.api.get(`/api/v1/credit/wallet/${credit.walletKey}`);
    const used = creditWallet.kind === 'answer' ? (creditWallet.body.wallet_limits as { used_limit: number }[] | undefined)?.[0]?.used_limit : undefined;
    findings.check(used !== undefined && minorOf(used) === expectedUsed, "the credit wallet's used limit is not what the purchases add up to", () => `used_limit ${used}, expected ${expectedUsed} minor: ${describe(creditWallet)}`);
    const [card] = await harness.sql<{ used: string; limit: string }[]>`select used_limit_minor::text as used, limit_amount_minor::text as limit from payment_instrument where payment_instrument_key = ${credit.paymentInstrumentKey}`;
    findings.check(BigInt(card!.used) === expectedUsed && BigInt(card!.used) <= BigInt(card!.limit), "the card's used limit is not what the purchases add up to", () => JSON.stringify(card));

    const rows = await harness.sql<{ charge_uuid: string; captured: string; refunded: string; refunds: string }[]>`
      select c.charge_uuid, c.captured_minor::text as captured, c.refunded_minor::text as refunded,
             (select coalesce(sum(r.amount_minor), 0) from charge_refund r where r.charge_uuid = c.charge_uuid)::text as refunds
      from charge c where c.charge_uuid = any(${[...refundedByCharge.keys()]}::uuid[])`;
    for (const row of rows) {
      const answered = refundedByCharge.get(row.charge_uuid)!;
      findings.check(BigInt(row.refunded) === answered && BigInt(row.refunds) === answered, 'a charge refunded other than its accepted refunds say', () => `${row.charge_uuid}: refunded ${row.refunded}, refund rows ${row.refunds}, accepted answers ${answered}`);
      findings.check(BigInt(row.refunded) === minorOf(REFUND) * BigInt(REFUNDS_THAT_FIT) && BigInt(row.refunded) <= BigInt(row.captured), 'a charge refunded other than the two refunds that fit', () => JSON.stringify(row));
    }
    findings.check(rows.length === refundedByCharge.size, 'a confirmed charge is missing', () => `${rows.length} rows for ${refundedByCharge.size} charges`);

    // Each wallet's balance as the API reads it equals what its charges add up to.
    for (const wallet of wallets) {
      const balance = await merchant.api.get(`/api/v1/bank/wallet/${wallet.walletUuid}/balance/`);
      const [expected] = await harness.sql<{ pending: string }[]>`
        select coalesce(sum(captured_minor - refunded_minor - fee_minor + fee_returned_minor), 0)::text as pending from charge where wallet_uuid = ${wallet.walletUuid}`;
      const pending = balance.kind === 'answer' && balance.status === 200 ? minorOf(balance.body.pending) : null;
      findings.check(pending === BigInt(expected!.pending), "a wallet's balance differs from its charges", () => `${wallet.walletUuid}: pending ${pending}, charges say ${expected!.pending}: ${describe(balance)}`);
    }
    await expectIntegrityOk(merchant.api, findings, 'the merchant');
    await expectIntegrityOk(issuer.api, findings, 'the issuer');
    const ledger = await auditWholeLedger(harness.sql, findings);

    findings.figure('requests', counts.requests);
    findings.figure(`req/s over ${seconds.toFixed(0)} s`, (counts.requests / seconds).toFixed(0));
    findings.figure('charges confirmed', rows.length);
    findings.figure(`refunds accepted/refused`, `${counts.refundsAccepted}/${counts.refundsRefused}`);
    findings.figure(`on-us purchases confirmed/declined of ${purchaseCount}`, `${confirmedPurchases.length}/${counts.purchasesDeclined}`);
    findings.figure('limit used', `${formatMinor(expectedUsed, 2)} of ${CARD_LIMIT}`);
    findings.figure('wallets balanced', WALLETS);
    findings.figure('ledger transactions and accounts recomputed', `${ledger.transactions}+${ledger.accounts}`);
  },
};

/** In-place Fisher–Yates with a fixed seed, so a run's interleaving can be replayed. */
function shuffle<T>(items: T[], seed = 16): void {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
