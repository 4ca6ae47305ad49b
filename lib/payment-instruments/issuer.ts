import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, paymentInstrument, wallet } from '@/db/schema';
import type { Acquirer, AuthorizationResult, DeclineCode } from '@/lib/charges/acquirer/acquirer';
import { cardFingerprint } from '@/lib/charges/card/fingerprint';
import { env } from '@/lib/env';
import type { AccountRef } from '@/lib/ledger/accounts';
import { concludePurchase, holdPurchase, lockEntry, preparePurchase, refundPurchase, voidPurchase } from './purchases';
import { sealedCardMatches } from './sealed-card';

/** The `acquirer` a charge records when the platform itself authorized it as the card's issuer. */
export const PLATFORM_ISSUER = 'platform';

/** A.10's response codes for the issuer's own declines (ISO 8583 field 39). */
const RESPONSE_CODES: Record<DeclineCode, string> = {
  CARD_DECLINED: '05',
  INVALID_CARD: '14',
  EXPIRED_CARD: '54',
  INSUFFICIENT_FUNDS: '51',
  INVALID_CVC: 'N7',
  '3DS_FAILED': '05',
  PROCESSING_ERROR: '96',
  TIMEOUT: '91',
  FRAUD_SUSPECTED: '59',
};

function declined(code: DeclineCode, message: string): AuthorizationResult {
  return { outcome: 'declined', code, responseCode: RESPONSE_CODES[code], message, acquirerReference: null };
}

/** Whether a number a payer typed is one of the platform's cards: its keyed fingerprint finds it. */
export async function isPlatformCard(db: DbOrTx, pan: string): Promise<boolean> {
  const [found] = await db
    .select({ key: paymentInstrument.paymentInstrumentKey })
    .from(paymentInstrument)
    .where(eq(paymentInstrument.cardFingerprint, cardFingerprint(pan, env().CARD_FINGERPRINT_KEY)));
  return found !== undefined;
}

/**
 * The platform as the issuer of its own postpaid cards, behind the charges' acquirer interface: an
 * on-us purchase is authorized here, against the card's and its credit wallet's limits, instead of
 * at an acquirer. It works inside the charge's own transaction (`db`), so the hold on the limits
 * commits or rolls back with the charge. The acquirer reference it answers is the purchase's
 * payment-instrument entry.
 */
export function platformIssuer(db: DbOrTx): Acquirer {
  return {
    name: PLATFORM_ISSUER,

    async authorize(request) {
      // Everything that needs no lock is read first; the card's row is locked only by the update
      // that takes its limit (holdPurchase), so purchases of one card queue for as little as can be.
      const [card] = await db
        .select()
        .from(paymentInstrument)
        .where(eq(paymentInstrument.cardFingerprint, cardFingerprint(request.card.number, env().CARD_FINGERPRINT_KEY)));
      if (!card) return declined('INVALID_CARD', 'Unknown card');
      const typed = sealedCardMatches(card.cardSealed, { number: request.card.number, cvv: request.card.cvv });
      if (!typed.number) return declined('INVALID_CARD', 'Unknown card');
      if (card.status !== 'active') return declined('CARD_DECLINED', 'The card was canceled');
      if (request.facts.expiryMonth !== card.cardExpiryMonth || request.facts.expiryYear !== card.cardExpiryYear) return declined('INVALID_CARD', 'Wrong expiry date');
      if (!typed.cvv) return declined('INVALID_CVC', 'Wrong security code');
      if (request.currency !== 'BRL') return declined('CARD_DECLINED', 'The card pays in BRL only');
      const [owner] = await db.select({ status: wallet.status }).from(wallet).where(eq(wallet.walletUuid, card.walletUuid)).for('share');
      if (owner?.status !== 'active') return declined('CARD_DECLINED', 'The card’s credit wallet is not active');
      const prepared = await preparePurchase(db, card, request.chargeUuid);
      // A limit already spent by what has committed declines without queueing for the card's lock;
      // one that looks sufficient is decided under the lock by the CHECKs.
      const spent = card.usedLimitMinor + request.amountMinor > card.limitAmountMinor || (await balanceOf(db, prepared.accounts.available)) < request.amountMinor;
      const entry = spent
        ? null
        : await holdPurchase(db, card, { chargeUuid: request.chargeUuid, amountMinor: request.amountMinor, installmentCount: request.installmentCount }, prepared);
      if (!entry) return declined('INSUFFICIENT_FUNDS', 'Not enough credit limit');
      if (request.capture) await concludePurchase(db, entry, request.amountMinor);
      return {
        outcome: 'authorized',
        acquirerReference: entry.paymentInstrumentEntryKey,
        authorizationCode: String(randomInt(1_000_000)).padStart(6, '0'),
        responseCode: '00',
        message: 'Approved by the card issuer',
      };
    },

    // The platform's cards are not enrolled in 3DS: the issuer authenticates by its own checks.
    async completeChallenge() {
      return declined('PROCESSING_ERROR', 'Platform cards take no 3DS challenge');
    },

    async capture({ acquirerReference, amountMinor }) {
      const entry = await lockEntry(db, acquirerReference);
      if (entry.status !== 'processing_conclusion' || amountMinor > entry.amountMinor) return { ok: false, code: 'PROCESSING_ERROR', message: 'Nothing to capture' };
      await concludePurchase(db, entry, amountMinor);
      return { ok: true };
    },

    async void({ acquirerReference }) {
      const entry = await lockEntry(db, acquirerReference);
      if (entry.status !== 'processing_conclusion') return { ok: false, code: 'PROCESSING_ERROR', message: 'Nothing to void' };
      await voidPurchase(db, entry);
      return { ok: true };
    },

    async refund({ acquirerReference, amountMinor, refundUuid }) {
      const entry = await lockEntry(db, acquirerReference);
      if (entry.status !== 'concluded' || amountMinor > entry.amountMinor - entry.releasedMinor || !refundUuid) {
        return { ok: false, code: 'PROCESSING_ERROR', message: 'Nothing to refund' };
      }
      await refundPurchase(db, entry, { refundUuid, amountMinor });
      return { ok: true };
    },
  };
}

async function balanceOf(db: DbOrTx, account: AccountRef): Promise<bigint> {
  const [row] = await db.select({ balance: ledgerAccount.balanceMinor }).from(ledgerAccount).where(eq(ledgerAccount.id, account.id));
  return row?.balance ?? 0n;
}
