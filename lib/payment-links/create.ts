import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { paymentLink, wallet } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { amountIn } from '@/lib/charges/create';
import { chargeErrors } from '@/lib/charges/errors';
import { now } from '@/lib/clock';
import { currencyDigits } from '@/lib/money/currency';
import { paymentLinkErrors } from './errors';
import type { CreatePaymentLinkBody } from './schemas';

export type PaymentLinkRow = typeof paymentLink.$inferSelect;

/**
 * Creates a payment link on one of the caller's active payment wallets (reference A.6). The value
 * is parsed in the wallet's currency like a charge's (AMOUNT_INVALID otherwise); Pix and boleto
 * are offered only in BRL. A single-use link (`is_checkout: false`) takes one payment.
 */
export async function createPaymentLink(db: DbOrTx, caller: Caller, body: CreatePaymentLinkBody): Promise<PaymentLinkRow> {
  const [target] = await db
    .select({ walletUuid: wallet.walletUuid, merchantUuid: wallet.merchantUuid, currency: wallet.currency, status: wallet.status })
    .from(wallet)
    .where(and(ownedBy(wallet, caller), eq(wallet.walletUuid, body.wallet_uuid), eq(wallet.kind, 'payment')));
  if (!target?.merchantUuid) throw chargeErrors.walletNotFound();
  if (target.status !== 'active') throw chargeErrors.walletNotActive();
  if (body.merchant_id.toLowerCase() !== target.merchantUuid) throw chargeErrors.merchantMismatch();
  if (body.currency !== target.currency) throw paymentLinkErrors.currencyMismatch(body.currency, target.currency);
  if (target.currency !== 'BRL' && body.charge_type.some((method) => method !== 'credit_card')) throw paymentLinkErrors.methodCurrency();
  const value = amountIn(body.value, currencyDigits(target.currency), 'value');
  const expiresAt = body.expires_at ? new Date(body.expires_at) : null;
  if (expiresAt && expiresAt.getTime() <= now().getTime()) throw chargeErrors.amountInvalid('expires_at must be in the future');

  return db.transaction(async (tx) => {
    const createdAt = now();
    const [created] = await tx
      .insert(paymentLink)
      .values({
        entityUuid: caller.entityUuid,
        walletUuid: target.walletUuid,
        merchantUuid: target.merchantUuid!,
        region: body.region,
        currency: target.currency,
        billingType: body.billing_type,
        chargeTypes: body.charge_type,
        name: body.name,
        description: body.description ?? null,
        valueMinor: value,
        maxInstallmentCount: body.charge_type.includes('credit_card') ? body.max_installment_count : 1,
        isCheckout: body.is_checkout,
        redirectUrl: body.redirect_url ?? null,
        webhookUrl: body.webhook_url ?? null,
        expiresAt,
        maxPayments: body.is_checkout ? (body.max_payments ?? null) : 1,
        createdAt,
        updatedAt: createdAt,
      })
      .returning();
    await recordAudit(tx, caller, {
      action: 'payment_link.created',
      subjectType: 'payment_link',
      subjectId: created!.paymentLinkUuid,
      data: { wallet_uuid: created!.walletUuid, value_minor: String(value), charge_type: body.charge_type, is_checkout: body.is_checkout },
    });
    return created!;
  });
}
