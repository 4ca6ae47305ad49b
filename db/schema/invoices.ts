import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { creditWallet } from './credit';

/**
 * QI's invoice statuses (reference B.7, B.8) and ours, `overdue`: an invoice whose due date
 * passed with a balance left, which moved to the next invoice with its fine and interest.
 */
export const INVOICE_STATUSES = ['opened', 'processing_closing', 'closed', 'processing_payment', 'paid', 'processing_expiration', 'overdue'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const BANK_SLIP_STATUSES = ['issued', 'paid', 'expired'] as const;
export type BankSlipStatus = (typeof BANK_SLIP_STATUSES)[number];

/**
 * One cycle of a credit wallet (seed 002: "one wallet = invoice"). A wallet has one `opened`
 * invoice at a time, whose items are the installments, refunds and entries of its cycle. Closing
 * fixes `total_minor` and what is owed per ledger account (`due_*`: late charges, then each limit),
 * and issues the bank slip; payments draw those down in that order; at the due date whatever is
 * left moves to the next invoice (`carried_minor`), with the fine and interest.
 */
export const invoice = pgTable(
  'invoice',
  {
    invoiceKey: uuid('invoice_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => creditWallet.walletUuid),
    closingDate: date('closing_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: INVOICE_STATUSES }).notNull().default('opened'),
    /** Null while opened (the items add up live), then the sum of the items at closing. */
    totalMinor: bigint('total_minor', { mode: 'bigint' }),
    dueLateChargesMinor: bigint('due_late_charges_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    duePostpaidMinor: bigint('due_postpaid_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    duePayrollWithdrawMinor: bigint('due_payroll_withdraw_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    paidMinor: bigint('paid_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    carriedMinor: bigint('carried_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    carriedToInvoiceKey: uuid('carried_to_invoice_key'),
    /** The bank slip issued at closing for what is owed (none when nothing is). */
    bankSlipBarcode: text('bank_slip_barcode'),
    bankSlipOurNumber: bigint('bank_slip_our_number', { mode: 'bigint' }),
    bankSlipAmountMinor: bigint('bank_slip_amount_minor', { mode: 'bigint' }),
    bankSlipStatus: text('bank_slip_status', { enum: BANK_SLIP_STATUSES }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    overdueAt: timestamp('overdue_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invoice_wallet_closing_unique').on(t.walletUuid, t.closingDate),
    uniqueIndex('invoice_one_opened_per_wallet').on(t.walletUuid).where(sql`"status" = 'opened'`),
    uniqueIndex('invoice_bank_slip_barcode_unique').on(t.bankSlipBarcode),
    index('invoice_entity_status_idx').on(t.entityUuid, t.status),
    check(
      'invoice_amounts',
      sql`${t.paidMinor} >= 0 and ${t.carriedMinor} >= 0 and ${t.dueLateChargesMinor} >= 0 and ${t.duePostpaidMinor} >= 0 and ${t.duePayrollWithdrawMinor} >= 0`,
    ),
    check(
      'invoice_paid_within_due',
      sql`${t.paidMinor} + ${t.carriedMinor} <= ${t.dueLateChargesMinor} + ${t.duePostpaidMinor} + ${t.duePayrollWithdrawMinor}`,
    ),
    check('invoice_total_once_closed', sql`(${t.status} = 'opened') = (${t.totalMinor} is null)`),
  ],
);

export const INVOICE_PAYMENT_TYPES = ['bank_slip', 'payroll_discount'] as const;
export type InvoicePaymentType = (typeof INVOICE_PAYMENT_TYPES)[number];
export const INVOICE_PAYMENT_STATUSES = ['processing_payment', 'paid'] as const;
export type InvoicePaymentStatus = (typeof INVOICE_PAYMENT_STATUSES)[number];

/**
 * Money received for an invoice (QI `invoice_payments`): its bank slip paid, in full or short, or
 * for payroll wallets the unpaid balance discounted from the benefit. `total_minor` is what the
 * invoice owed when it came, `paid_minor` what came, split by where it went in the ledger.
 */
export const invoicePayment = pgTable(
  'invoice_payment',
  {
    invoicePaymentKey: uuid('invoice_payment_key').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => creditWallet.walletUuid),
    invoiceKey: uuid('invoice_key')
      .notNull()
      .references(() => invoice.invoiceKey),
    paymentType: text('payment_type', { enum: INVOICE_PAYMENT_TYPES }).notNull(),
    status: text('status', { enum: INVOICE_PAYMENT_STATUSES }).notNull(),
    totalMinor: bigint('total_minor', { mode: 'bigint' }).notNull(),
    paidMinor: bigint('paid_minor', { mode: 'bigint' }).notNull(),
    lateChargesMinor: bigint('late_charges_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    postpaidMinor: bigint('postpaid_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    payrollWithdrawMinor: bigint('payroll_withdraw_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    paymentDate: date('payment_date', { mode: 'string' }).notNull(),
    /** The bank's (or the payroll agreement's) reference: one payment per reference. */
    providerReference: text('provider_reference').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invoice_payment_provider_reference_unique').on(t.paymentType, t.providerReference),
    index('invoice_payment_invoice_idx').on(t.invoiceKey, t.createdAt),
    check(
      'invoice_payment_split',
      sql`${t.paidMinor} > 0 and ${t.paidMinor} <= ${t.totalMinor} and ${t.lateChargesMinor} >= 0 and ${t.postpaidMinor} >= 0 and ${t.payrollWithdrawMinor} >= 0 and ${t.lateChargesMinor} + ${t.postpaidMinor} + ${t.payrollWithdrawMinor} = ${t.paidMinor}`,
    ),
  ],
);
