'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { issuePaymentInstrument } from '@/lib/payment-instruments/issue';
import { cancelInstrument, changeInstrumentLimit } from '@/lib/payment-instruments/lifecycle';
import { createPaymentInstrumentSchema, instrumentParamsSchema, paymentInstrumentLimitSchema } from '@/lib/payment-instruments/schemas';

// The credit wallet page's cards: the schemas and services of the payment-instrument routes
// (reference B.5), scoped to the signed-in user's account by runAction.

const pageOf = (walletKey: string) => `/dashboard/wallets/credit/${walletKey}`;

/**
 * Issues a card. Its number and CVV are in this answer only, for the page's reveal-once dialog.
 * No idempotency option here on purpose: runAction would keep the answer for replays, number and
 * CVV included; the form sends a fresh `request_control_key` per attempt instead, so a repeated
 * submit is refused (CIN000099) rather than issuing a second card.
 */
export async function issueCardAction(walletKey: string, input: unknown) {
  return runAction('wallets.manage', createPaymentInstrumentSchema, input, async ({ db, caller, input }) => {
    const { instrument, card } = await issuePaymentInstrument(db, caller, walletKey, input);
    revalidatePath(pageOf(walletKey));
    return {
      paymentInstrumentKey: instrument.paymentInstrumentKey,
      lastFour: instrument.cardLastFour,
      printedName: input.postpaid_card_data.printed_name,
      number: card.number,
      cvv: card.cvv,
      expiryMonth: card.expiryMonth,
      expiryYear: card.expiryYear,
    };
  });
}

/** A card's new limit, with the rules of the card limit PATCH (CIN000074, CIN000081, CIN000110). */
export async function changeCardLimitAction(walletKey: string, paymentInstrumentKey: string, input: unknown) {
  return runAction('wallets.manage', paymentInstrumentLimitSchema, input, async ({ db, caller, input }) => {
    const updated = await changeInstrumentLimit(db, caller, { walletKey, key: paymentInstrumentKey, limitMinor: input.limit_amount });
    revalidatePath(pageOf(walletKey));
    return { paymentInstrumentKey: updated.paymentInstrumentKey };
  });
}

/** Cancels a card for good, as the cancel PATCH does. */
export async function cancelCardAction(walletKey: string, paymentInstrumentKey: string) {
  return runAction('wallets.manage', instrumentParamsSchema, { wallet_key: walletKey, payment_instrument_key: paymentInstrumentKey }, async ({ db, caller, input }) => {
    const canceled = await cancelInstrument(db, caller, { walletKey: input.wallet_key, key: input.payment_instrument_key });
    revalidatePath(pageOf(input.wallet_key));
    return { paymentInstrumentKey: canceled.paymentInstrumentKey };
  });
}
