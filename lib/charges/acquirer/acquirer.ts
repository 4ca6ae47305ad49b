import type { CardFacts, CardInput } from '../card/card-data';

/**
 * The boundary between the charge service and whoever authorizes cards. The service speaks only
 * this interface, so a sandbox, a refusing stub or a real acquirer's HTTP adapter can stand
 * behind it without the service (or its tests) knowing HTTP or the database.
 */

/** A.10's decline codes that an acquirer can give. */
export type DeclineCode =
  | 'CARD_DECLINED'
  | 'INVALID_CARD'
  | 'EXPIRED_CARD'
  | 'INSUFFICIENT_FUNDS'
  | 'INVALID_CVC'
  | '3DS_FAILED'
  | 'PROCESSING_ERROR'
  | 'TIMEOUT'
  | 'FRAUD_SUSPECTED';

export interface AuthorizationRequest {
  chargeUuid: string;
  amountMinor: bigint;
  currency: string;
  installmentCount: number;
  card: CardInput;
  facts: CardFacts;
  threeds: boolean;
  /** Authorize and capture at once (the charge's `capture`), or only authorize (a pre-authorization). */
  capture: boolean;
}

export type AuthorizationResult =
  | { outcome: 'authorized'; acquirerReference: string; authorizationCode: string; responseCode: string; message: string }
  /** 3DS required: the charge waits in `pending`. */
  | { outcome: 'challenge'; acquirerReference: string }
  | { outcome: 'declined'; code: DeclineCode; responseCode: string; message: string; acquirerReference: string | null };

export type AcquirerAnswer = { ok: true } | { ok: false; code: DeclineCode; message: string };

export interface Acquirer {
  readonly name: string;
  authorize(request: AuthorizationRequest): Promise<AuthorizationResult>;
  /** The payer finished (passed=true) or failed the 3DS challenge of an earlier `challenge`. */
  completeChallenge(input: { acquirerReference: string; last4: string; passed: boolean }): Promise<AuthorizationResult>;
  capture(input: { acquirerReference: string; amountMinor: bigint }): Promise<AcquirerAnswer>;
  void(input: { acquirerReference: string }): Promise<AcquirerAnswer>;
  /** `refundUuid` names this refund, so an acquirer (or the platform as issuer) books each one once. */
  refund(input: { acquirerReference: string; amountMinor: bigint; refundUuid?: string }): Promise<AcquirerAnswer>;
}
