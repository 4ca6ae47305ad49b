import type { z } from 'zod';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { lineFromBarcode } from '@/lib/boleto/barcode';
import { publicUrl } from '@/lib/http/public-url';
import type { ChargeWithRefunds } from './queries';
import type { ChargeRow } from './record-change';
import { refundableMinor } from './refund';
import type { chargeSchema, payChargeResponseSchema } from './schemas';

export type ChargeBody = z.input<typeof chargeSchema>;

/** A card charge `pending` at the acquirer waits for its payer's 3DS challenge (a paid boleto is `pending` too, settling). */
function awaitsChallenge(row: ChargeRow): boolean {
  return (row.typeCharge === 'credit_card' || row.typeCharge === 'debit_card') && row.status === 'pending' && row.acquirerReference !== null;
}

/** Where the payer completes a 3DS challenge. */
export function challengeUrl(chargeUuid: string): string {
  return publicUrl(`/pay/3ds/${chargeUuid}`);
}

/** The payer's page of a charge: a Pix QR, a boleto's line and slip, or a card form while a card charge is unpaid. */
export function paymentPageUrl(chargeUuid: string): string {
  return publicUrl(`/pay/${chargeUuid}`);
}

/** A boleto's printable slip (HTML); the PDF is the same address with `.pdf`. */
export function boletoSlipUrl(chargeUuid: string): string {
  return publicUrl(`/pay/${chargeUuid}/boleto`);
}

/** A Pix charge's `pix_payload` (reference A.3), or null for other methods. */
export function pixPayloadOf(row: ChargeRow) {
  if (row.typeCharge !== 'pix' || !row.pixCopyPaste || !row.pixQrBase64 || !row.expiresAt) return null;
  return { qr_code_base64: row.pixQrBase64, copy_paste: row.pixCopyPaste, expiration: row.expiresAt.toISOString() };
}

/** A charge on the wire (reference A.3's fields): amounts as exact decimals, the card only as brand, BIN, last four and expiry. */
export function toChargeBody({ charge: row, refunds }: ChargeWithRefunds): ChargeBody {
  const digits = currencyDigits(row.currency);
  const money = (minor: bigint) => formatMinor(minor, digits);
  const url3ds = awaitsChallenge(row) ? challengeUrl(row.chargeUuid) : null;
  return {
    charge_uuid: row.chargeUuid,
    wallet_uuid: row.walletUuid,
    merchant_id: row.merchantUuid,
    status: row.status,
    type_charge: row.typeCharge,
    currency: row.currency,
    local_currency: money(row.amountMinor),
    installment_value: money(row.installmentValueMinor),
    installment_count: row.installmentCount,
    installments: Array.from({ length: row.installmentCount }, (_, i) => ({ installment_number: i + 1, value: money(row.installmentValueMinor) })),
    captured_amount: money(row.capturedMinor),
    refunded_amount: money(row.refundedMinor),
    amount_remaining: money(refundableMinor(row)),
    fee_amount: money(row.feeMinor - row.feeReturnedMinor),
    // A boleto paid over keeps the excess beside what the charge captured.
    net_amount: money((row.paidMinor > row.capturedMinor ? row.paidMinor : row.capturedMinor) - row.refundedMinor - (row.feeMinor - row.feeReturnedMinor)),
    payer_name: row.payerName,
    payer_email: row.payerEmail,
    payer_tax_id: row.payerTaxId,
    payer_cell_phone: row.payerCellPhone,
    payer_address: row.payerAddress,
    description: row.description,
    due_date: row.dueDate,
    items: row.items,
    capture: row.capture,
    threeds_authentication: row.threedsAuthentication,
    card:
      row.cardBrand && row.cardBin && row.cardLastFour && row.cardExpiryMonth && row.cardExpiryYear
        ? {
            brand: row.cardBrand,
            bin: row.cardBin,
            last_four: row.cardLastFour,
            expiry_month: row.cardExpiryMonth,
            expiry_year: row.cardExpiryYear,
            holder_name: row.cardHolderName ?? '',
          }
        : null,
    url_3ds: url3ds,
    action_url: url3ds,
    charge_payment_url: row.typeCharge === 'pix' || row.typeCharge === 'boleto' || row.status === 'issued' ? paymentPageUrl(row.chargeUuid) : null,
    pix_payload: pixPayloadOf(row),
    boleto_url: row.boletoBarcode ? boletoSlipUrl(row.chargeUuid) : null,
    barcode: row.boletoBarcode ? lineFromBarcode(row.boletoBarcode) : null,
    paid_amount: money(row.paidMinor),
    expires_at: row.expiresAt?.toISOString() ?? null,
    authorization_code: row.authorizationCode,
    message: row.message,
    refunds: refunds.map((refund) => ({ refund_uuid: refund.refundUuid, amount: money(refund.amountMinor), reason: refund.reason, created_at: refund.createdAt.toISOString() })),
    webhook_url: row.webhookUrl,
    redirect_url: row.redirectUrl,
    payment_link_uuid: row.paymentLinkUuid,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The public pay endpoint's answer `{charge_uuid, status, url_3ds, message}`. */
export function toPayBody(row: ChargeRow): z.input<typeof payChargeResponseSchema> {
  return {
    charge_uuid: row.chargeUuid,
    status: row.status,
    url_3ds: awaitsChallenge(row) ? challengeUrl(row.chargeUuid) : null,
    message: row.message,
  };
}
