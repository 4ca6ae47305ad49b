import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Acquirer, AcquirerAnswer, AuthorizationResult, DeclineCode } from './acquirer';

/**
 * The A55 sandbox's behaviour (reference A.11), answered in-process: the card number's last digit
 * decides, so every outcome can be reached on purpose from a test, a demo or a client's own
 * integration, without any network or waiting.
 */

const SANDBOX_BIN = '402400';

/** A.11's ready cards: ok, declined, expired, (unused), blocked, timeout. They do not pass Luhn. */
export const SANDBOX_READY_CARDS = [
  '4024007153763191',
  '4024007153763192',
  '4024007153763193',
  '4024007153763194',
  '4024007153763195',
  '4024007153763196',
] as const;

/** A.11's published cards and anything in their BIN, which must never be charged for real. */
export function isSandboxTestCard(pan: string): boolean {
  const digits = pan.replace(/[\s-]/g, '');
  return (SANDBOX_READY_CARDS as readonly string[]).includes(digits) || digits.startsWith(SANDBOX_BIN) || digits.startsWith(SANDBOX_CHALLENGE_BIN);
}

/**
 * Our sandbox's addition to A.11: a card of this BIN is always challenged (3DS), as an issuer that
 * demands strong authentication would, even when the charge did not ask for it (a hosted checkout
 * never does). After the challenge the last digit decides, as for every sandbox card. `4000000000003220`
 * (Luhn-valid) is the ready one.
 */
export const SANDBOX_CHALLENGE_BIN = '40000000000032';
export const SANDBOX_CHALLENGE_CARD = '4000000000003220';

function issuerDemandsChallenge(pan: string): boolean {
  return pan.replace(/[\s-]/g, '').startsWith(SANDBOX_CHALLENGE_BIN);
}

type Scripted =
  | { result: 'authorized'; responseCode: string }
  | { result: 'declined'; code: DeclineCode; responseCode: string; message: string };

const AUTHORIZED_MESSAGE = 'Operation completed successfully';
const TIMEOUT: Scripted = { result: 'declined', code: 'TIMEOUT', responseCode: '99', message: 'Timeout' };

const BY_LAST_DIGIT: Record<string, Scripted> = {
  '0': { result: 'authorized', responseCode: '4' },
  '1': { result: 'authorized', responseCode: '6' },
  '2': { result: 'declined', code: 'CARD_DECLINED', responseCode: '05', message: 'Not authorized' },
  '3': { result: 'declined', code: 'EXPIRED_CARD', responseCode: '57', message: 'Expired card' },
  '4': { result: 'authorized', responseCode: '4' },
  '5': { result: 'declined', code: 'CARD_DECLINED', responseCode: '78', message: 'Blocked card' },
  '6': TIMEOUT,
  '7': { result: 'declined', code: 'CARD_DECLINED', responseCode: '77', message: 'Canceled card' },
  '8': { result: 'declined', code: 'CARD_DECLINED', responseCode: '70', message: 'Credit card problems' },
};

/**
 * A.11 makes 9 random. Here it is drawn from the charge's uuid instead, so a failing test replays
 * with the same outcome while different charges still see both.
 */
export function digitNineSucceeds(chargeUuid: string): boolean {
  const [firstByte = 0] = createHash('sha256').update(chargeUuid).digest();
  return firstByte % 2 === 0;
}

function scriptedFor(lastDigit: string, chargeUuid: string | null): Scripted {
  if (lastDigit === '9') {
    // Without the charge (completing a challenge) 9 was already drawn a success: the sandbox
    // only offers a challenge to a card it would authorize.
    return chargeUuid === null || digitNineSucceeds(chargeUuid) ? { result: 'authorized', responseCode: '4' } : TIMEOUT;
  }
  return BY_LAST_DIGIT[lastDigit] ?? { result: 'declined', code: 'INVALID_CARD', responseCode: '14', message: 'Invalid card number' };
}

const newReference = () => `sandbox_${randomBytes(12).toString('hex')}`;
const newAuthorizationCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

function answer(scripted: Scripted, reference: string): AuthorizationResult {
  if (scripted.result === 'authorized') {
    return { outcome: 'authorized', acquirerReference: reference, authorizationCode: newAuthorizationCode(), responseCode: scripted.responseCode, message: AUTHORIZED_MESSAGE };
  }
  // A timed-out request never got an answer, so there is no reference to give back.
  const acquirerReference = scripted.code === 'TIMEOUT' ? null : reference;
  return { outcome: 'declined', code: scripted.code, responseCode: scripted.responseCode, message: scripted.message, acquirerReference };
}

function positiveAmount(amountMinor: bigint): AcquirerAnswer {
  return amountMinor > 0n ? { ok: true } : { ok: false, code: 'PROCESSING_ERROR', message: 'The amount must be greater than zero' };
}

export const sandboxAcquirer: Acquirer = {
  name: 'sandbox',

  async authorize(request) {
    if (request.amountMinor <= 0n) {
      return { outcome: 'declined', code: 'PROCESSING_ERROR', responseCode: '13', message: 'Invalid amount', acquirerReference: null };
    }
    const scripted = scriptedFor(request.facts.last4.slice(-1), request.chargeUuid);
    const reference = newReference();
    const challenged = request.threeds || issuerDemandsChallenge(request.card.number);
    if (scripted.result === 'authorized' && challenged) return { outcome: 'challenge', acquirerReference: reference };
    return answer(scripted, reference);
  },

  async completeChallenge({ acquirerReference, last4, passed }) {
    if (!passed) {
      return { outcome: 'declined', code: '3DS_FAILED', responseCode: '05', message: '3DS authentication failed', acquirerReference };
    }
    return answer(scriptedFor(last4.slice(-1), null), acquirerReference);
  },

  async capture({ amountMinor }) {
    return positiveAmount(amountMinor);
  },

  async void() {
    return { ok: true };
  },

  async refund({ amountMinor }) {
    return positiveAmount(amountMinor);
  },
};
