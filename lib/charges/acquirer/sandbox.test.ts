import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectCard } from '../card/card-data';
import type { AuthorizationRequest } from './acquirer';
import { digitNineSucceeds, isSandboxTestCard, SANDBOX_CHALLENGE_CARD, SANDBOX_READY_CARDS, sandboxAcquirer } from './sandbox';

const NOW = new Date('2026-05-20T12:00:00Z');

function request(pan: string, changes: Partial<AuthorizationRequest> = {}): AuthorizationRequest {
  const card = { number: pan, holderName: 'Maria da Silva', expiryMonth: '12', expiryYear: '2030', cvv: '123' };
  const inspected = inspectCard(card, NOW, { exemptFromLuhn: isSandboxTestCard });
  if (!inspected.ok) throw new Error(`test card ${pan} refused: ${inspected.message}`);
  return { chargeUuid: randomUUID(), amountMinor: 10_000n, currency: 'BRL', installmentCount: 1, card, facts: inspected.card, threeds: false, capture: true, ...changes };
}

const cardEndingIn = (digit: number | string) => `402400715376319${digit}`;

/** Charge uuids whose digit-9 draw is known, found rather than hard-coded. */
function chargeUuidWhereNine(succeeds: boolean): string {
  for (;;) {
    const uuid = randomUUID();
    if (digitNineSucceeds(uuid) === succeeds) return uuid;
  }
}

describe('sandbox acquirer: the last digit decides (A.11)', () => {
  it.each([
    [0, '4'],
    [1, '6'],
    [4, '4'],
  ])('authorizes a card ending in %i with response code %s', async (digit, responseCode) => {
    const result = await sandboxAcquirer.authorize(request(cardEndingIn(digit)));
    expect(result).toMatchObject({ outcome: 'authorized', responseCode, message: 'Operation completed successfully' });
    if (result.outcome !== 'authorized') return;
    expect(result.authorizationCode).toMatch(/^\d{6}$/);
    expect(result.acquirerReference).toMatch(/^sandbox_[0-9a-f]{24}$/);
  });

  it.each([
    [2, 'CARD_DECLINED', '05', 'Not authorized'],
    [3, 'EXPIRED_CARD', '57', 'Expired card'],
    [5, 'CARD_DECLINED', '78', 'Blocked card'],
    [7, 'CARD_DECLINED', '77', 'Canceled card'],
    [8, 'CARD_DECLINED', '70', 'Credit card problems'],
  ])('declines a card ending in %i as %s (%s %s)', async (digit, code, responseCode, message) => {
    const result = await sandboxAcquirer.authorize(request(cardEndingIn(digit)));
    expect(result).toMatchObject({ outcome: 'declined', code, responseCode, message });
    expect(result.acquirerReference).toMatch(/^sandbox_/);
  });

  it('times out a card ending in 6 at once, with no reference since no answer came', async () => {
    const started = Date.now();
    const result = await sandboxAcquirer.authorize(request(cardEndingIn(6)));
    expect(result).toEqual({ outcome: 'declined', code: 'TIMEOUT', responseCode: '99', message: 'Timeout', acquirerReference: null });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('decides a card ending in 9 from the charge uuid, the same way every time', async () => {
    const lucky = chargeUuidWhereNine(true);
    const unlucky = chargeUuidWhereNine(false);
    for (let i = 0; i < 3; i++) {
      expect(await sandboxAcquirer.authorize(request(cardEndingIn(9), { chargeUuid: lucky }))).toMatchObject({ outcome: 'authorized', responseCode: '4' });
      expect(await sandboxAcquirer.authorize(request(cardEndingIn(9), { chargeUuid: unlucky }))).toMatchObject({ outcome: 'declined', code: 'TIMEOUT', responseCode: '99' });
    }
    const draws = new Set(Array.from({ length: 64 }, (_, i) => digitNineSucceeds(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)));
    expect(draws).toEqual(new Set([true, false]));
  });

  it('gives every authorization its own reference and code', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => sandboxAcquirer.authorize(request(cardEndingIn(1)))));
    const references = new Set(results.map((result) => result.acquirerReference));
    expect(references.size).toBe(20);
  });

  it('decides on any card, Luhn-valid ones of other brands included', async () => {
    expect(await sandboxAcquirer.authorize(request('4111111111111111'))).toMatchObject({ outcome: 'authorized', responseCode: '6' });
    expect(await sandboxAcquirer.authorize(request('6362970000457013'))).toMatchObject({ outcome: 'declined', code: 'EXPIRED_CARD' });
  });

  it('refuses an amount that is not positive', async () => {
    expect(await sandboxAcquirer.authorize(request(cardEndingIn(1), { amountMinor: 0n }))).toMatchObject({ outcome: 'declined', code: 'PROCESSING_ERROR' });
  });
});

describe('sandbox acquirer: 3DS', () => {
  it('challenges a card it would authorize, and authorizes it once the payer passes', async () => {
    const first = await sandboxAcquirer.authorize(request(cardEndingIn(1), { threeds: true }));
    expect(first).toEqual({ outcome: 'challenge', acquirerReference: expect.stringMatching(/^sandbox_/) });
    const done = await sandboxAcquirer.completeChallenge({ acquirerReference: first.acquirerReference!, last4: '3191', passed: true });
    expect(done).toMatchObject({ outcome: 'authorized', acquirerReference: first.acquirerReference, responseCode: '6' });
  });

  it('challenges a card of the challenge BIN even when the charge did not ask, then lets the last digit decide', async () => {
    const first = await sandboxAcquirer.authorize(request(SANDBOX_CHALLENGE_CARD));
    expect(first).toMatchObject({ outcome: 'challenge' });
    const done = await sandboxAcquirer.completeChallenge({ acquirerReference: first.acquirerReference!, last4: SANDBOX_CHALLENGE_CARD.slice(-4), passed: true });
    expect(done).toMatchObject({ outcome: 'authorized' });
    // A card the last digit declines is declined before any challenge, as for every sandbox card.
    expect(await sandboxAcquirer.authorize(request('4000000000003212'))).toMatchObject({ outcome: 'declined', code: 'CARD_DECLINED' });
  });

  it('declines 3DS_FAILED when the payer fails the challenge', async () => {
    const first = await sandboxAcquirer.authorize(request(cardEndingIn(0), { threeds: true }));
    const done = await sandboxAcquirer.completeChallenge({ acquirerReference: first.acquirerReference!, last4: '3190', passed: false });
    expect(done).toMatchObject({ outcome: 'declined', code: '3DS_FAILED', acquirerReference: first.acquirerReference });
  });

  it('declines a card it would decline without a challenge', async () => {
    expect(await sandboxAcquirer.authorize(request(cardEndingIn(2), { threeds: true }))).toMatchObject({ outcome: 'declined', code: 'CARD_DECLINED' });
    expect(await sandboxAcquirer.authorize(request(cardEndingIn(6), { threeds: true }))).toMatchObject({ outcome: 'declined', code: 'TIMEOUT' });
  });

  it('challenges a card ending in 9 only when its draw succeeds', async () => {
    expect(await sandboxAcquirer.authorize(request(cardEndingIn(9), { threeds: true, chargeUuid: chargeUuidWhereNine(true) }))).toMatchObject({ outcome: 'challenge' });
    expect(await sandboxAcquirer.authorize(request(cardEndingIn(9), { threeds: true, chargeUuid: chargeUuidWhereNine(false) }))).toMatchObject({ outcome: 'declined', code: 'TIMEOUT' });
    expect(await sandboxAcquirer.completeChallenge({ acquirerReference: 'sandbox_x', last4: '3199', passed: true })).toMatchObject({ outcome: 'authorized' });
  });

  it('answers a passed challenge with the last digit the card would have had', async () => {
    expect(await sandboxAcquirer.completeChallenge({ acquirerReference: 'sandbox_x', last4: '3195', passed: true })).toMatchObject({ outcome: 'declined', code: 'CARD_DECLINED', responseCode: '78' });
  });
});

describe('sandbox acquirer: after authorization', () => {
  it('captures, voids and refunds any positive amount', async () => {
    expect(await sandboxAcquirer.capture({ acquirerReference: 'sandbox_x', amountMinor: 1n })).toEqual({ ok: true });
    expect(await sandboxAcquirer.void({ acquirerReference: 'sandbox_x' })).toEqual({ ok: true });
    expect(await sandboxAcquirer.refund({ acquirerReference: 'sandbox_x', amountMinor: 500n })).toEqual({ ok: true });
  });

  it('refuses a zero or negative amount', async () => {
    expect(await sandboxAcquirer.capture({ acquirerReference: 'sandbox_x', amountMinor: 0n })).toMatchObject({ ok: false, code: 'PROCESSING_ERROR' });
    expect(await sandboxAcquirer.refund({ acquirerReference: 'sandbox_x', amountMinor: -1n })).toMatchObject({ ok: false, code: 'PROCESSING_ERROR' });
  });
});

describe('isSandboxTestCard', () => {
  it('knows the published cards and the sandbox BIN', () => {
    for (const pan of SANDBOX_READY_CARDS) expect(isSandboxTestCard(pan)).toBe(true);
    expect(isSandboxTestCard('4024 0071 5376 3191')).toBe(true);
    expect(isSandboxTestCard('4024000000000000')).toBe(true);
    expect(isSandboxTestCard('4111111111111111')).toBe(false);
    expect(isSandboxTestCard('4024010000000000')).toBe(false);
  });
});
