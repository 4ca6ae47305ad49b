import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account, merchant } from './accounts';
import { paymentLink } from './payment-links';
import { wallet } from './wallets';

/** A55 `type_charge` values this platform takes (reference A.3); others answer "not supported". */
export const CHARGE_METHODS = ['credit_card', 'debit_card', 'pix', 'boleto'] as const;
export type ChargeMethod = (typeof CHARGE_METHODS)[number];

/** A55's charge statuses, exactly as reference A.4 lists them. */
export const CHARGE_STATUSES = [
  'issued',
  'pending',
  'confirmed',
  'pre_captured',
  'paid',
  'refunded',
  'refund_error',
  'pre_chargeback_resolution',
  'chargeback',
  'chargeback_requested',
  'chargeback_reversed',
  'chargeback_refunded',
  'canceled',
  'error',
] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

export interface ChargeMessage {
  code: string;
  source: 'acquirer' | 'charge';
  description: string;
}

/**
 * A payment into a payment wallet. Amounts are minor units: `amount` = installment value × count;
 * `authorized` what the acquirer approved, `captured` what was taken (≤ authorized), `refunded`
 * what went back (≤ captured), all held by CHECKs so no race can move more than was captured.
 * Card data is reduced to brand, BIN, last four, expiry and a keyed fingerprint: the number and
 * CVV never reach this table.
 */
export const charge = pgTable(
  'charge',
  {
    chargeUuid: uuid('charge_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => wallet.walletUuid),
    merchantUuid: uuid('merchant_uuid')
      .notNull()
      .references(() => merchant.merchantUuid),
    typeCharge: text('type_charge', { enum: CHARGE_METHODS }).notNull(),
    status: text('status', { enum: CHARGE_STATUSES }).notNull(),
    currency: text('currency').notNull(),
    installmentValueMinor: bigint('installment_value_minor', { mode: 'bigint' }).notNull(),
    installmentCount: smallint('installment_count').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    authorizedMinor: bigint('authorized_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    capturedMinor: bigint('captured_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    refundedMinor: bigint('refunded_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** The fee kept on what was captured, and the part of it given back with refunds. */
    feeMinor: bigint('fee_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    feeReturnedMinor: bigint('fee_returned_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** The part of `captured` under dispute or lost to one (chargebacks). */
    disputedMinor: bigint('disputed_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    payerName: text('payer_name').notNull(),
    payerEmail: text('payer_email').notNull(),
    payerTaxId: text('payer_tax_id').notNull(),
    payerCellPhone: text('payer_cell_phone').notNull(),
    payerAddress: jsonb('payer_address').$type<Record<string, string>>().notNull(),
    description: text('description').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    items: jsonb('items').$type<Record<string, unknown>[]>().notNull().default(sql`'[]'::jsonb`),
    capture: boolean('capture').notNull().default(true),
    threedsAuthentication: boolean('threeds_authentication').notNull().default(false),
    deviceInfo: jsonb('device_info').$type<Record<string, unknown>>(),
    webhookUrl: text('webhook_url'),
    redirectUrl: text('redirect_url'),
    cardBrand: text('card_brand'),
    cardBin: text('card_bin'),
    cardLastFour: text('card_last_four'),
    cardExpiryMonth: smallint('card_expiry_month'),
    cardExpiryYear: smallint('card_expiry_year'),
    cardHolderName: text('card_holder_name'),
    cardFingerprint: text('card_fingerprint'),
    acquirer: text('acquirer'),
    acquirerReference: text('acquirer_reference'),
    authorizationCode: text('authorization_code'),
    /** The acquirer's response code (A.11's `rc`) and the A55 `message[]` of the last refusal. */
    responseCode: text('response_code'),
    message: jsonb('message').$type<ChargeMessage[]>(),
    paymentLinkUuid: uuid('payment_link_uuid').references(() => paymentLink.paymentLinkUuid),
    /** What the payer paid for a Pix or boleto (a boleto may be paid short or over), and when. */
    paidMinor: bigint('paid_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    /** When an unpaid Pix or boleto is canceled (the expiry job runs then). */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Pix: the BR Code's txid (how a payment notification finds its charge), the code and its QR. */
    pixTxid: text('pix_txid'),
    pixCopyPaste: text('pix_copy_paste'),
    pixQrBase64: text('pix_qr_base64'),
    /** Boleto: the 44-digit barcode (the digitable line is derived from it) and the account's sequential "nosso número". */
    boletoBarcode: text('boleto_barcode'),
    boletoOurNumber: bigint('boleto_our_number', { mode: 'bigint' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('charge_entity_created_idx').on(t.entityUuid, t.createdAt, t.chargeUuid),
    index('charge_wallet_created_idx').on(t.walletUuid, t.createdAt, t.chargeUuid),
    index('charge_entity_payer_email_idx').on(t.entityUuid, sql`lower(${t.payerEmail})`),
    index('charge_entity_payer_tax_id_idx').on(t.entityUuid, t.payerTaxId),
    index('charge_payment_link_created_idx').on(t.paymentLinkUuid, t.createdAt).where(sql`"payment_link_uuid" is not null`),
    // The hourly settlement run looks only at charges whose money waits in `pending`.
    index('charge_awaiting_settlement_idx').on(t.createdAt).where(sql`"status" in ('confirmed', 'pending')`),
    uniqueIndex('charge_pix_txid_unique').on(t.pixTxid).where(sql`"pix_txid" is not null`),
    uniqueIndex('charge_boleto_barcode_unique').on(t.boletoBarcode).where(sql`"boleto_barcode" is not null`),
    uniqueIndex('charge_boleto_our_number_unique').on(t.entityUuid, t.boletoOurNumber).where(sql`"boleto_our_number" is not null`),
    check('charge_amounts', sql`"installment_value_minor" > 0 and "installment_count" between 1 and 12 and "amount_minor" = "installment_value_minor" * "installment_count"`),
    check('charge_captured_within_authorized', sql`"captured_minor" >= 0 and "captured_minor" <= "authorized_minor" and "authorized_minor" <= "amount_minor"`),
    check('charge_refunded_within_captured', sql`"refunded_minor" >= 0 and "refunded_minor" + "disputed_minor" <= "captured_minor"`),
    check('charge_fee_returned_within_fee', sql`"fee_returned_minor" >= 0 and "fee_returned_minor" <= "fee_minor"`),
  ],
);

/** Every status change of a charge, oldest first: the timeline the dashboard shows. */
export const chargeStatusChange = pgTable(
  'charge_status_change',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    chargeUuid: uuid('charge_uuid')
      .notNull()
      .references(() => charge.chargeUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    fromStatus: text('from_status', { enum: CHARGE_STATUSES }),
    toStatus: text('to_status', { enum: CHARGE_STATUSES }).notNull(),
    reason: text('reason'),
    /** The amount the change moved, when it moved one (a partial capture, a refund). */
    amountMinor: bigint('amount_minor', { mode: 'bigint' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('charge_status_change_charge_idx').on(t.chargeUuid, t.id),
    // The Overview's volume per day reads the account's captures by time.
    index('charge_status_change_entity_to_idx').on(t.entityUuid, t.toStatus, t.occurredAt),
  ],
);

/** One refund of a charge; several partial ones may follow each other up to what was captured. */
export const chargeRefund = pgTable(
  'charge_refund',
  {
    refundUuid: uuid('refund_uuid').primaryKey().defaultRandom(),
    chargeUuid: uuid('charge_uuid')
      .notNull()
      .references(() => charge.chargeUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    feeReturnedMinor: bigint('fee_returned_minor', { mode: 'bigint' }).notNull(),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('charge_refund_charge_idx').on(t.chargeUuid, t.createdAt), check('charge_refund_positive', sql`"amount_minor" > 0`)],
);

/**
 * What a merchant pays per method: `percent_bps` basis points of the gross plus a fixed amount in
 * the charge's minor units. A method without a row takes the platform's default (lib/charges/pricing.ts).
 */
export const merchantPricing = pgTable(
  'merchant_pricing',
  {
    merchantUuid: uuid('merchant_uuid')
      .notNull()
      .references(() => merchant.merchantUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    typeCharge: text('type_charge', { enum: CHARGE_METHODS }).notNull(),
    percentBps: integer('percent_bps').notNull(),
    fixedMinor: bigint('fixed_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /**
     * Business days (Brazilian banking calendar) from capture or payment until the charge's money
     * moves `pending` → `available`; null takes the method's default (lib/settlements/delay.ts).
     */
    settlementDelayDays: smallint('settlement_delay_days'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.merchantUuid, t.typeCharge] }),
    check('merchant_pricing_bounds', sql`"percent_bps" between 0 and 10000 and "fixed_minor" >= 0`),
    check('merchant_pricing_settlement_delay', sql`"settlement_delay_days" is null or "settlement_delay_days" between 0 and 30`),
  ],
);

/**
 * An account as a boleto beneficiary at the platform's bank: its account number (from a sequence,
 * so no two accounts share one) and the last "nosso número" it issued, taken one at a time under
 * the row's lock, so numbers are sequential per account and never reused.
 */
export const boletoBeneficiary = pgTable('boleto_beneficiary', {
  entityUuid: uuid('entity_uuid')
    .primaryKey()
    .references(() => account.entityUuid),
  accountNumber: bigserial('account_number', { mode: 'bigint' }).notNull(),
  lastOurNumber: bigint('last_our_number', { mode: 'bigint' }).notNull().default(sql`0`),
});
