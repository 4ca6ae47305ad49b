import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { paymentInstrument, paymentInstrumentEntry } from '@/db/schema';
import { chargeApi, chargeBody, chargeTenant } from '@/lib/charges/test-fixtures';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import { cardIssuer, issueCard, platformCardFields, walletUsedLimit, type IssuedCard } from './test-fixtures';

// The race for the last centavo (DESIGN §2 "Limits"): real requests through the charge route, each
// in its own database transaction, all fired at once at one credit wallet whose limit fits exactly
// 37 of them. The card row's CHECK and the wallet's `credit_available` CHECK decide who wins.

const db = await testDb();
const PURCHASES = 200;
const FITS = 37;
const PRICE = '13.57';
const LIMIT = '502.09'; // 37 × 13.57

async function race(cards: IssuedCard[]) {
  const merchants = [await chargeTenant(db), await chargeTenant(db)];
  const answers = await Promise.all(
    Array.from({ length: PURCHASES }, (_, i) => {
      const merchant = merchants[i % merchants.length]!;
      const card = cards[i % cards.length]!;
      return chargeApi(merchant.token).create({ ...chargeBody(merchant, { installment_value: PRICE }), ...platformCardFields(card) });
    }),
  );
  for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  const statuses = answers.map((answer) => answer.body.status as string);
  const declines = answers.filter((answer) => answer.body.status === 'error').map((answer) => (answer.body.message as { code: string }[])[0]!.code);
  return { merchants, confirmed: statuses.filter((status) => status === 'confirmed').length, declines };
}

describe('200 concurrent purchases for a limit that fits 37', () => {
  it('approve exactly 37 on one card; used_limit equals the limit; the books of every side are intact', async () => {
    const issuer = await cardIssuer(db, { limit: LIMIT });
    const card = await issueCard(issuer, LIMIT);
    const { merchants, confirmed, declines } = await race([card]);

    expect(confirmed).toBe(FITS);
    expect(new Set(declines)).toEqual(new Set(['INSUFFICIENT_FUNDS']));
    expect(await walletUsedLimit(issuer)).toBe(Number(LIMIT));
    const [row] = await db.select().from(paymentInstrument).where(eq(paymentInstrument.paymentInstrumentKey, card.payment_instrument_key));
    expect(row!.usedLimitMinor).toBe(502_09n);
    const entries = await db.select().from(paymentInstrumentEntry).where(eq(paymentInstrumentEntry.walletUuid, issuer.walletKey));
    expect(entries.filter((entry) => entry.status === 'concluded')).toHaveLength(FITS);
    for (const party of [issuer, ...merchants]) await expectLedgerIntact(db, party.entityUuid);
  });

  it('approve exactly 37 across two cards that each could take the whole limit: the wallet’s limit holds them together', async () => {
    const issuer = await cardIssuer(db, { limit: LIMIT });
    const cards = [await issueCard(issuer, LIMIT), await issueCard(issuer, LIMIT)];
    const { merchants, confirmed, declines } = await race(cards);

    expect(confirmed).toBe(FITS);
    expect(new Set(declines)).toEqual(new Set(['INSUFFICIENT_FUNDS']));
    expect(await walletUsedLimit(issuer)).toBe(Number(LIMIT));
    const rows = await db.select().from(paymentInstrument).where(eq(paymentInstrument.walletUuid, issuer.walletKey));
    expect(rows.reduce((sum, row) => sum + row.usedLimitMinor, 0n)).toBe(502_09n);
    for (const party of [issuer, ...merchants]) await expectLedgerIntact(db, party.entityUuid);
  });
});
