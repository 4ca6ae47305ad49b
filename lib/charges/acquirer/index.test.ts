import { describe, expect, it } from 'vitest';
import { inspectCard } from '../card/card-data';
import { luhnCheckDigit } from '../card/luhn';
import type { AuthorizationRequest } from './acquirer';
import { acquirerFor, isSandboxTestCard, sandboxAcquirer, SANDBOX_READY_CARDS, unconfiguredAcquirer } from '.';

function request(pan: string): AuthorizationRequest {
  const card = { number: pan, holderName: 'Maria da Silva', expiryMonth: '12', expiryYear: '2030', cvv: '123' };
  const inspected = inspectCard(card, new Date('2026-05-20T12:00:00Z'), { exemptFromLuhn: isSandboxTestCard });
  if (!inspected.ok) throw new Error(inspected.message);
  return { chargeUuid: '7c1d2a4e-0000-4000-8000-000000000001', amountMinor: 10_000n, currency: 'BRL', installmentCount: 1, card, facts: inspected.card, threeds: false, capture: true };
}

describe('acquirerFor', () => {
  it('is the sandbox everywhere but production', () => {
    expect(acquirerFor('development')).toBe(sandboxAcquirer);
    expect(acquirerFor('test')).toBe(sandboxAcquirer);
    expect(acquirerFor('sandbox')).toBe(sandboxAcquirer);
    expect(acquirerFor('production')).toBe(unconfiguredAcquirer);
  });
});

describe('production without an acquirer', () => {
  const production = acquirerFor('production');

  it('refuses the sandbox test cards as such', async () => {
    const luhnValidInSandboxBin = `402400000000000${luhnCheckDigit('402400000000000')}`;
    for (const pan of [...SANDBOX_READY_CARDS, luhnValidInSandboxBin]) {
      expect(await production.authorize(request(pan))).toEqual({
        outcome: 'declined',
        code: 'INVALID_CARD',
        responseCode: '14',
        message: 'Test cards are not accepted in production',
        acquirerReference: null,
      });
    }
  });

  it('never authorizes any other card', async () => {
    for (const pan of ['4111111111111111', '5555555555554444', '6362970000457013']) {
      expect(await production.authorize(request(pan))).toMatchObject({ outcome: 'declined', code: 'PROCESSING_ERROR', message: 'No acquirer is configured' });
    }
    expect(await production.completeChallenge({ acquirerReference: 'x', last4: '1111', passed: true })).toMatchObject({ outcome: 'declined', code: 'PROCESSING_ERROR' });
  });

  it('cannot capture, void or refund', async () => {
    const refused = { ok: false, code: 'PROCESSING_ERROR', message: 'No acquirer is configured' };
    expect(await production.capture({ acquirerReference: 'x', amountMinor: 1n })).toEqual(refused);
    expect(await production.void({ acquirerReference: 'x' })).toEqual(refused);
    expect(await production.refund({ acquirerReference: 'x', amountMinor: 1n })).toEqual(refused);
  });
});
