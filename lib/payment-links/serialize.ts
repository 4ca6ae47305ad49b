import type { z } from 'zod';
import { now } from '@/lib/clock';
import { publicUrl } from '@/lib/http/public-url';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import type { PaymentLinkRow } from './create';
import type { createPaymentLinkResponseSchema, paymentLinkSchema } from './schemas';
import { effectiveStatus } from './status';

/** The hosted checkout of a link. */
export function checkoutUrl(paymentLinkUuid: string): string {
  return publicUrl(`/checkout/${paymentLinkUuid}`);
}

/** A.6's create answer `{payment_link_uuid, status, url, local_currency, currency}`. */
export function toCreatedLinkBody(row: PaymentLinkRow): z.input<typeof createPaymentLinkResponseSchema> {
  return {
    payment_link_uuid: row.paymentLinkUuid,
    status: effectiveStatus(row, now()),
    url: checkoutUrl(row.paymentLinkUuid),
    local_currency: formatMinor(row.valueMinor, currencyDigits(row.currency)),
    currency: row.currency,
  };
}

export function toPaymentLinkBody(row: PaymentLinkRow): z.input<typeof paymentLinkSchema> {
  return {
    ...toCreatedLinkBody(row),
    wallet_uuid: row.walletUuid,
    merchant_id: row.merchantUuid,
    region: row.region,
    billing_type: row.billingType,
    charge_type: row.chargeTypes,
    name: row.name,
    description: row.description,
    value: formatMinor(row.valueMinor, currencyDigits(row.currency)),
    max_installment_count: row.maxInstallmentCount,
    is_checkout: row.isCheckout,
    redirect_url: row.redirectUrl,
    webhook_url: row.webhookUrl,
    expires_at: row.expiresAt?.toISOString() ?? null,
    max_payments: row.maxPayments,
    payments_count: row.paymentsCount,
    opened_count: row.openedCount,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
