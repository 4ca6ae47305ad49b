import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account, merchant } from './accounts';
import { wallet } from './wallets';

export const PAYMENT_LINK_STATUSES = ['active', 'inactive', 'expired', 'completed'] as const;
export type PaymentLinkStatus = (typeof PAYMENT_LINK_STATUSES)[number];
export const PAYMENT_LINK_METHODS = ['credit_card', 'pix', 'boleto'] as const;
export type PaymentLinkMethod = (typeof PAYMENT_LINK_METHODS)[number];
export const BILLING_TYPES = ['one_time', 'recurring', 'installment'] as const;
export const LINK_REGIONS = ['BR', 'MX', 'CO'] as const;

/**
 * A payment link (reference A.6): a hosted checkout for one amount, paid by any of its methods.
 * Each payment is a charge carrying the link's id. `payments_count` counts paid charges and never
 * passes `max_payments` (a CHECK, and the row lock every payment takes), so a single-use link is
 * paid once however many payers race. `expired` and `completed` are read from the expiry and the
 * count as well as stored, so a link is never shown active past its time.
 */
export const paymentLink = pgTable(
  'payment_link',
  {
    paymentLinkUuid: uuid('payment_link_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => wallet.walletUuid),
    merchantUuid: uuid('merchant_uuid')
      .notNull()
      .references(() => merchant.merchantUuid),
    region: text('region', { enum: LINK_REGIONS }).notNull(),
    currency: text('currency').notNull(),
    billingType: text('billing_type', { enum: BILLING_TYPES }).notNull(),
    chargeTypes: text('charge_types').array().notNull().$type<PaymentLinkMethod[]>(),
    name: text('name').notNull(),
    description: text('description'),
    valueMinor: bigint('value_minor', { mode: 'bigint' }).notNull(),
    maxInstallmentCount: integer('max_installment_count').notNull().default(1),
    isCheckout: boolean('is_checkout').notNull(),
    redirectUrl: text('redirect_url'),
    webhookUrl: text('webhook_url'),
    status: text('status', { enum: PAYMENT_LINK_STATUSES }).notNull().default('active'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    maxPayments: integer('max_payments'),
    paymentsCount: integer('payments_count').notNull().default(0),
    /** How many times its checkout was opened: the first step of the link's conversion. */
    openedCount: integer('opened_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payment_link_entity_created_idx').on(t.entityUuid, t.createdAt, t.paymentLinkUuid),
    check('payment_link_value_positive', sql`"value_minor" > 0`),
    check('payment_link_installments', sql`"max_installment_count" between 1 and 12`),
    check('payment_link_payments_within_max', sql`"max_payments" is null or ("max_payments" >= 1 and "payments_count" <= "max_payments")`),
    check('payment_link_methods', sql`cardinality("charge_types") >= 1`),
  ],
);
