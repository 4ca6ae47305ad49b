import type { DbOrTx } from '@/db/client';
import { env, isProductionApp } from '@/lib/env';
import { now } from '@/lib/clock';
import { acquirerFor, isSandboxTestCard } from './acquirer';
import type { Acquirer, AuthorizationResult } from './acquirer/acquirer';
import { BRAND_LABELS } from './card/brand';
import { inspectCard, type CardFacts } from './card/card-data';
import { cardFingerprint } from './card/fingerprint';
import { maxInstallments } from './card/installments';
import { networkForCard } from './card-network';
import { chargeErrors } from './errors';
import { feeFor } from './fees';
import { takeLinkPayment } from './link-slot';
import { postIncoming } from './postings';
import { pricingFor } from './pricing';
import { moveCharge, type ChargeRow } from './record-change';
import type { CardFields } from './schemas';

/** The acquirer this deployment charges cards through (the sandbox everywhere but production). */
export function defaultAcquirer(): Acquirer {
  return acquirerFor(env().APP_ENV);
}

/**
 * Checks a card the payer typed, without keeping it: a bad number, expiry or CVV, or a brand that
 * cannot take this many installments, is refused before anything reaches the acquirer.
 */
export function checkCard(card: CardFields, installmentCount: number, chargeUuid: string | null): CardFacts {
  const inspected = inspectCard(
    { number: card.card_number, holderName: card.card_name, expiryMonth: card.card_expiry_month, expiryYear: card.card_expiry_year, cvv: card.card_cvv },
    now(),
    // A.11's ready cards are not Luhn-valid: the sandbox takes them as they are, production refuses them.
    { exemptFromLuhn: isProductionApp() ? undefined : isSandboxTestCard },
  );
  if (!inspected.ok) throw chargeErrors.card(inspected.code, inspected.message, inspected.translation, chargeUuid);
  const max = maxInstallments(inspected.card.brand);
  if (installmentCount > max) throw chargeErrors.installmentsNotAllowed(BRAND_LABELS[inspected.card.brand], max);
  return inspected.card;
}

/**
 * Sends an `issued` charge's card to the acquirer (or, for a card the platform issued, to the
 * platform as its issuer) and moves the charge by the answer. Only the
 * card's facts and a keyed fingerprint are written; the number and CVV leave with this call.
 */
export async function authorizeCard(tx: DbOrTx, row: ChargeRow, card: CardFields, facts: CardFacts, acquirer: Acquirer): Promise<ChargeRow> {
  const digits = card.card_number.replace(/\D/g, '');
  const network = await networkForCard(tx, digits, acquirer);
  const result = await network.authorize({
    chargeUuid: row.chargeUuid,
    amountMinor: row.amountMinor,
    currency: row.currency,
    installmentCount: row.installmentCount,
    card: { number: digits, holderName: card.card_name, expiryMonth: card.card_expiry_month, expiryYear: card.card_expiry_year, cvv: card.card_cvv },
    facts,
    threeds: row.threedsAuthentication,
    capture: row.capture,
  });
  const cardColumns = {
    cardBrand: facts.brand,
    cardBin: facts.bin,
    cardLastFour: facts.last4,
    cardExpiryMonth: facts.expiryMonth,
    cardExpiryYear: facts.expiryYear,
    cardHolderName: facts.holderName,
    cardFingerprint: cardFingerprint(digits, env().CARD_FINGERPRINT_KEY),
    acquirer: network.name,
  };
  return applyAuthorization(tx, row, result, cardColumns);
}

/** Moves a charge by the acquirer's answer: 3DS challenge, decline, authorization (and capture unless `capture: false`). */
export async function applyAuthorization(tx: DbOrTx, row: ChargeRow, result: AuthorizationResult, set: Parameters<typeof moveCharge>[3]['set'] = {}): Promise<ChargeRow> {
  switch (result.outcome) {
    case 'challenge':
      return moveCharge(tx, row, 'pending', { reason: '3DS authentication required', set: { ...set, acquirerReference: result.acquirerReference } });
    case 'declined':
      return moveCharge(tx, row, 'error', {
        reason: result.message,
        set: {
          ...set,
          acquirerReference: result.acquirerReference,
          responseCode: result.responseCode,
          message: [{ code: result.code, source: 'acquirer', description: result.message }],
        },
      });
    case 'authorized': {
      await takeLinkPayment(tx, row);
      const authorized = { ...set, acquirerReference: result.acquirerReference, authorizationCode: result.authorizationCode, responseCode: result.responseCode, message: null };
      if (!row.capture) {
        return moveCharge(tx, row, 'pre_captured', { reason: result.message, amountMinor: row.amountMinor, set: { ...authorized, authorizedMinor: row.amountMinor } });
      }
      const fee = feeFor(await pricingFor(tx, row.merchantUuid, row.typeCharge), row.amountMinor);
      const confirmed = await moveCharge(tx, row, 'confirmed', {
        reason: result.message,
        amountMinor: row.amountMinor,
        set: { ...authorized, authorizedMinor: row.amountMinor, capturedMinor: row.amountMinor, feeMinor: fee },
      });
      await postIncoming(tx, confirmed, 'card_capture', row.amountMinor, fee);
      return confirmed;
    }
  }
}
