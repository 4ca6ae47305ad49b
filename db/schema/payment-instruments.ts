import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { charge } from './charges';
import { creditWallet, person, type LimitType } from './credit';
import { invoice } from './invoices';

export const PAYMENT_INSTRUMENT_TYPES = ['postpaid_card'] as const;
export const PAYMENT_INSTRUMENT_STATUSES = ['active', 'canceled'] as const;
export type PaymentInstrumentStatus = (typeof PAYMENT_INSTRUMENT_STATUSES)[number];

/**
 * A postpaid card the platform issued under a credit wallet (QI payment instrument, reference B.5).
 * `used_limit` is what its open purchases hold; the CHECK keeps it within the card's own limit
 * whatever races, while the wallet's `credit_available` ledger account keeps all cards together
 * within the wallet's limit. The number and CVV exist only sealed (AES-256-GCM) in `card_sealed`,
 * which the platform opens to authorize a purchase; `card_fingerprint` (keyed HMAC, the charges'
 * own) finds the card from a number a payer typed.
 */
export const paymentInstrument = pgTable(
  'payment_instrument',
  {
    paymentInstrumentKey: uuid('payment_instrument_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => creditWallet.walletUuid),
    requestControlKey: uuid('request_control_key'),
    /** The cardholder: an approved person of the account, or the owner data sent with the card. */
    personKey: uuid('person_key').references(() => person.personKey),
    holder: jsonb('holder').$type<Record<string, unknown>>(),
    paymentInstrumentType: text('payment_instrument_type', { enum: PAYMENT_INSTRUMENT_TYPES }).notNull(),
    status: text('status', { enum: PAYMENT_INSTRUMENT_STATUSES }).notNull().default('active'),
    limitAmountMinor: bigint('limit_amount_minor', { mode: 'bigint' }).notNull(),
    usedLimitMinor: bigint('used_limit_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** `postpaid_card_data` as the merchant sent it (card type, names, delivery address). */
    cardData: jsonb('card_data').$type<Record<string, unknown>>().notNull(),
    cardBrand: text('card_brand').notNull(),
    cardBin: text('card_bin').notNull(),
    cardLastFour: text('card_last_four').notNull(),
    cardExpiryMonth: smallint('card_expiry_month').notNull(),
    cardExpiryYear: smallint('card_expiry_year').notNull(),
    cardSealed: text('card_sealed').notNull(),
    cardFingerprint: text('card_fingerprint').notNull(),
    canceledAt: timestamp('canceled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_instrument_fingerprint_unique').on(t.cardFingerprint),
    uniqueIndex('payment_instrument_request_control_key_unique').on(t.entityUuid, t.requestControlKey),
    index('payment_instrument_wallet_created_idx').on(t.walletUuid, t.createdAt, t.paymentInstrumentKey),
    check('payment_instrument_used_within_limit', sql`${t.usedLimitMinor} >= 0 and ${t.usedLimitMinor} <= ${t.limitAmountMinor}`),
  ],
);

export const PAYMENT_INSTRUMENT_ENTRY_STATUSES = ['processing_conclusion', 'concluded', 'processing_cancellation', 'canceled'] as const;
export type PaymentInstrumentEntryStatus = (typeof PAYMENT_INSTRUMENT_ENTRY_STATUSES)[number];

/** Where the purchase was made, as QI's `payment_instrument_entry_data` names it. */
export interface EntryMerchantData {
  merchant_name: string;
  merchant_country: string;
  merchant_postal_code: string | null;
  merchant_city: string | null;
  merchant_street: string | null;
}

/**
 * One purchase with a platform card (QI payment-instrument entry, reference B.6): the charge it
 * authorized, at which merchant, and how much of it still holds the limit. `amount` is what was
 * authorized until the capture concludes the entry, then what was captured; `released` is what
 * refunds gave back since, `settled` what its invoices did. The card's `used_limit` holds what is
 * left of it: amount − released − settled, never below zero (a refund after payment is a credit).
 */
export const paymentInstrumentEntry = pgTable(
  'payment_instrument_entry',
  {
    paymentInstrumentEntryKey: uuid('payment_instrument_entry_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => creditWallet.walletUuid),
    paymentInstrumentKey: uuid('payment_instrument_key')
      .notNull()
      .references(() => paymentInstrument.paymentInstrumentKey),
    chargeUuid: uuid('charge_uuid')
      .notNull()
      .references(() => charge.chargeUuid),
    entryType: text('entry_type', { enum: ['purchase'] }).notNull().default('purchase'),
    status: text('status', { enum: PAYMENT_INSTRUMENT_ENTRY_STATUSES }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    releasedMinor: bigint('released_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** What its invoices gave back to the card since: installments paid, or moved into revolving credit. */
    settledMinor: bigint('settled_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    installmentCount: smallint('installment_count').notNull(),
    merchantData: jsonb('merchant_data').$type<EntryMerchantData>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_instrument_entry_charge_unique').on(t.chargeUuid),
    index('payment_instrument_entry_instrument_created_idx').on(t.paymentInstrumentKey, t.createdAt, t.paymentInstrumentEntryKey),
    index('payment_instrument_entry_wallet_created_idx').on(t.walletUuid, t.createdAt, t.paymentInstrumentEntryKey),
    check(
      'payment_instrument_entry_amounts',
      sql`${t.amountMinor} > 0 and ${t.releasedMinor} >= 0 and ${t.releasedMinor} <= ${t.amountMinor} and ${t.settledMinor} >= 0 and ${t.settledMinor} <= ${t.amountMinor}`,
    ),
  ],
);

export const WALLET_ENTRY_TYPES = ['revolving_credit', 'payroll_withdraw', 'payroll_overdue'] as const;
export type WalletEntryType = (typeof WALLET_ENTRY_TYPES)[number];

/** A debit to the wallet itself rather than to a card (QI wallet entry, reference B.6), e.g. a payroll withdrawal. */
export const walletEntry = pgTable(
  'wallet_entry',
  {
    walletEntryKey: uuid('wallet_entry_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => creditWallet.walletUuid),
    requestControlKey: uuid('request_control_key'),
    entryType: text('entry_type', { enum: WALLET_ENTRY_TYPES }).notNull(),
    status: text('status', { enum: ['concluded'] }).notNull().default('concluded'),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    /** QI's `wallet_entry_settlement_key`: the ledger transaction that moved the money (none for revolving credit without late charges). */
    settlementKey: uuid('settlement_key'),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('wallet_entry_request_control_key_unique').on(t.entityUuid, t.requestControlKey),
    index('wallet_entry_wallet_created_idx').on(t.walletUuid, t.createdAt, t.walletEntryKey),
    check('wallet_entry_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);

export const INVOICE_ITEM_STATUSES = ['active', 'concluded', 'canceled'] as const;
export type InvoiceItemStatus = (typeof INVOICE_ITEM_STATUSES)[number];

/** What an item bills (ours): a purchase installment, a refund's credit, a payroll withdrawal, or what an overdue invoice carried over with its fine and interest. */
export const INVOICE_ITEM_TYPES = ['purchase', 'refund', 'payroll_withdraw', 'balance_carried', 'late_fine', 'late_interest'] as const;
export type InvoiceItemType = (typeof INVOICE_ITEM_TYPES)[number];

/** The ledger account an item's payment settles: a limit it used (which the payment restores) or the late charges. */
export const CHARGED_TO = ['postpaid_credit_limit', 'payroll_withdraw_limit', 'late_charges'] as const satisfies readonly (LimitType | 'late_charges')[];
export type ChargedTo = (typeof CHARGED_TO)[number];

/**
 * One line of a future (or current) invoice: an installment of a purchase, a refund's credit
 * (negative), a wallet entry, or what an overdue invoice carried over (a revolving-credit wallet
 * entry's balance, fine and interest). Its cycle is fixed when it is created, by the wallet's
 * invoice configuration: `closing_date` and `due_date` name the invoice it belongs to, and
 * `invoice_key` links it once that invoice is open (lib/invoices/items.ts).
 */
export const invoiceItem = pgTable(
  'invoice_item',
  {
    invoiceItemKey: uuid('invoice_item_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => creditWallet.walletUuid),
    invoiceKey: uuid('invoice_key').references(() => invoice.invoiceKey),
    itemType: text('item_type', { enum: INVOICE_ITEM_TYPES }).notNull(),
    chargedTo: text('charged_to', { enum: CHARGED_TO }).notNull(),
    walletEntryKey: uuid('wallet_entry_key').references(() => walletEntry.walletEntryKey),
    paymentInstrumentEntryKey: uuid('payment_instrument_entry_key').references(() => paymentInstrumentEntry.paymentInstrumentEntryKey),
    /** For a credit an invoice closed with (refunds beyond its purchases), carried to the next: the invoice it came from. */
    sourceInvoiceKey: uuid('source_invoice_key').references(() => invoice.invoiceKey),
    installmentNumber: smallint('installment_number').notNull(),
    installmentCount: smallint('installment_count').notNull(),
    description: text('description').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    status: text('status', { enum: INVOICE_ITEM_STATUSES }).notNull().default('active'),
    closingDate: date('closing_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('invoice_item_wallet_closing_idx').on(t.walletUuid, t.closingDate),
    index('invoice_item_invoice_idx').on(t.invoiceKey, t.createdAt),
    index('invoice_item_instrument_entry_idx').on(t.paymentInstrumentEntryKey),
    index('invoice_item_wallet_entry_idx').on(t.walletEntryKey),
    check('invoice_item_one_source', sql`num_nonnulls(${t.walletEntryKey}, ${t.paymentInstrumentEntryKey}, ${t.sourceInvoiceKey}) = 1`),
    check('invoice_item_installment', sql`${t.installmentNumber} between 1 and ${t.installmentCount}`),
  ],
);
