import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { paymentInstrument, person, wallet, walletLimit } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { recordAudit } from '@/lib/audit/record';
import { cardFingerprint } from '@/lib/charges/card/fingerprint';
import { now } from '@/lib/clock';
import { creditErrors } from '@/lib/credit/errors';
import { findCreditWallet } from '@/lib/credit/queries';
import { env } from '@/lib/env';
import { newCardSecrets, type IssuedCardSecrets } from './card-number';
import { instrumentErrors } from './errors';
import type { InstrumentRow } from './queries';
import type { CreatePaymentInstrument } from './schemas';
import { sealCard } from './sealed-card';

export interface IssuedInstrument {
  instrument: InstrumentRow;
  /** Shown to the merchant once, in this answer; afterwards only sealed. */
  card: IssuedCardSecrets;
}

/** A fingerprint collision means a number issued twice; a fresh one is drawn this many times. */
const ISSUE_ATTEMPTS = 3;

/**
 * Reference B.5: issues a postpaid card under an active credit wallet, for an approved person of
 * the account (`person_key`) or a cardholder described by `owner`, with its own limit no higher
 * than the wallet's postpaid credit limit (CIN000074). The card gets a fresh number in the
 * platform's BIN range, an expiry and a CVV; they are sealed at rest, fingerprinted for lookup and
 * answered once.
 */
export async function issuePaymentInstrument(db: Db, caller: Caller, walletKey: string, input: CreatePaymentInstrument): Promise<IssuedInstrument> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => issueOnce(tx, caller, walletKey, input));
    } catch (error) {
      if (isUniqueViolation(error, 'payment_instrument_request_control_key_unique')) throw creditErrors.requestControlKeyExists();
      if (isUniqueViolation(error, 'payment_instrument_fingerprint_unique') && attempt < ISSUE_ATTEMPTS) continue;
      throw error;
    }
  }
}

async function issueOnce(tx: Tx, caller: Caller, walletKey: string, input: CreatePaymentInstrument): Promise<IssuedInstrument> {
  const credit = await findCreditWallet(tx, caller, walletKey);
  await lockActiveWallet(tx, credit.walletKey);
  const walletLimitMinor = await postpaidLimitOf(tx, credit.walletKey);
  if (input.limit_amount > walletLimitMinor) throw instrumentErrors.aboveWalletLimit();
  if (input.person_key) await approvedPerson(tx, caller, input.person_key);

  const issuedAt = now();
  const card = newCardSecrets(issuedAt);
  const [instrument] = await tx
    .insert(paymentInstrument)
    .values({
      entityUuid: caller.entityUuid,
      walletUuid: credit.walletKey,
      requestControlKey: input.request_control_key ?? null,
      personKey: input.person_key ?? null,
      holder: input.owner ?? null,
      paymentInstrumentType: input.payment_instrument_type,
      limitAmountMinor: input.limit_amount,
      cardData: input.postpaid_card_data,
      cardBrand: 'visa',
      cardBin: card.number.slice(0, 6),
      cardLastFour: card.number.slice(-4),
      cardExpiryMonth: card.expiryMonth,
      cardExpiryYear: card.expiryYear,
      cardSealed: sealCard({ number: card.number, cvv: card.cvv }),
      cardFingerprint: cardFingerprint(card.number, env().CARD_FINGERPRINT_KEY),
      createdAt: issuedAt,
      updatedAt: issuedAt,
    })
    .returning();
  await recordAudit(tx, caller, {
    action: 'payment_instrument.issued',
    subjectType: 'payment_instrument',
    subjectId: instrument!.paymentInstrumentKey,
    data: { wallet_key: credit.walletKey, limit_amount_minor: input.limit_amount.toString(), last_four: instrument!.cardLastFour },
  });
  return { instrument: instrument!, card };
}

/**
 * New cards and limits only on an active wallet; the shared lock makes a KYC decision or a
 * deactivation wait for this change (or this change wait for it).
 */
export async function lockActiveWallet(tx: Tx, walletUuid: string): Promise<void> {
  const [locked] = await tx.select({ status: wallet.status }).from(wallet).where(eq(wallet.walletUuid, walletUuid)).for('share');
  if (locked?.status !== 'active') throw instrumentErrors.walletCannotSpend(locked?.status ?? 'unknown');
}

export async function postpaidLimitOf(tx: Tx, walletUuid: string): Promise<bigint> {
  const [limit] = await tx
    .select({ amount: walletLimit.limitAmountMinor })
    .from(walletLimit)
    .where(and(eq(walletLimit.walletUuid, walletUuid), eq(walletLimit.limitType, 'postpaid_credit_limit')));
  return limit?.amount ?? 0n;
}

async function approvedPerson(tx: Tx, caller: Caller, personKey: string): Promise<void> {
  const [found] = await tx
    .select({ personKey: person.personKey })
    .from(person)
    .where(and(ownedBy(person, caller), eq(person.personKey, personKey)));
  if (!found) throw creditErrors.personNotFound(personKey);
}
