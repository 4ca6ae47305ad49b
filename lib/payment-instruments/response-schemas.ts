import { z } from 'zod';
import { CHARGED_TO, INVOICE_ITEM_STATUSES, INVOICE_ITEM_TYPES, PAYMENT_INSTRUMENT_ENTRY_STATUSES, PAYMENT_INSTRUMENT_STATUSES, WALLET_ENTRY_TYPES } from '@/db/schema/payment-instruments';
import { exactDecimal } from '@/lib/openapi/shared';
import { qiPaginationSchema } from '@/lib/pagination/keyset';

/** The QI answers of reference B.5 and B.6 (and our get/list additions), which ./wire.ts builds. */

const uuid = (description: string) => z.uuid().meta({ description, example: '8cb70dea-9fb0-4a68-9572-99a72849c8d6' });
const amount = (description: string) => exactDecimal({ description, example: 150.0 });
const timestamp = z.string().meta({ description: 'ISO 8601 UTC', example: '2024-01-15T10:30:00Z' });
const date = z.string().meta({ description: 'YYYY-MM-DD', example: '2024-02-15' });

export const paymentInstrumentSchema = z
  .object({
    payment_instrument_key: uuid('The card'),
    wallet_key: uuid('Its credit wallet'),
    payment_instrument_type: z.literal('postpaid_card'),
    payment_instrument_status: z.enum(PAYMENT_INSTRUMENT_STATUSES),
    limit_amount: amount('The card’s own limit, at most the wallet’s'),
    used_limit: amount('What its open purchases hold'),
    person_key: uuid('The cardholder, when issued for an approved person').nullable(),
    card: z.object({
      brand: z.literal('visa'),
      bin: z.string().meta({ example: '498765' }),
      last_four_digits: z.string().meta({ example: '4242' }),
      expiration_month: z.number().int(),
      expiration_year: z.number().int(),
    }),
    postpaid_card_data: z.record(z.string(), z.unknown()),
    created_at: timestamp,
  })
  .meta({ id: 'PaymentInstrument' });

/** The creation answer: the only time the number and CVV are shown. */
export const issuedPaymentInstrumentSchema = paymentInstrumentSchema
  .extend({
    card: paymentInstrumentSchema.shape.card.extend({
      number: z.string().nullable().meta({ description: 'Shown once; the platform keeps it only sealed (null on an idempotent replay)', example: '4987650000000000' }),
      cvv: z.string().nullable().meta({ description: 'Shown once (null on an idempotent replay)', example: '123' }),
    }),
  })
  .meta({ id: 'IssuedPaymentInstrument' });

export const paymentInstrumentLimitAnswerSchema = z
  .object({ payment_instrument_key: uuid('The card'), limit_amount: amount('The new limit'), payment_instrument_status: z.enum(PAYMENT_INSTRUMENT_STATUSES) })
  .meta({ id: 'PaymentInstrumentLimit' });

export const paymentInstrumentCanceledSchema = z
  .object({ payment_instrument_key: uuid('The card'), payment_instrument_status: z.literal('canceled') })
  .meta({ id: 'PaymentInstrumentCanceled' });

export const paymentInstrumentListSchema = z.object({ data: z.array(paymentInstrumentSchema), pagination: qiPaginationSchema }).meta({ id: 'PaymentInstrumentList' });

export const invoiceItemSchema = z
  .object({
    invoice_item_key: uuid('The item'),
    invoice_key: uuid('The invoice it is on, once that invoice is open').nullable(),
    wallet_entry_key: uuid('The wallet entry it comes from').nullable(),
    payment_instrument_entry_key: uuid('The purchase it comes from').nullable(),
    installment_number: z.number().int(),
    invoice_item_type: z.enum(INVOICE_ITEM_TYPES).meta({
      description: 'Ours: a purchase installment, a refund’s credit, a payroll withdrawal, or what an overdue invoice carried over (`balance_carried`) with its `late_fine` and `late_interest`',
    }),
    charged_to: z.enum(CHARGED_TO).meta({ description: 'Ours: the limit a payment of this item gives back, or `late_charges`, which payments settle first' }),
    invoice_description: z.string(),
    amount: amount('Negative for a credit (a refund, a credit carried over)'),
    used_limit: amount('The limit this item holds until its invoice is paid (zero for late charges and credits)'),
    invoice_item_status: z.enum(INVOICE_ITEM_STATUSES),
    invoice_item_due_date: date,
    created_at: timestamp,
  })
  .meta({ id: 'InvoiceItem' });

export const paymentInstrumentEntrySchema = z
  .object({
    payment_instrument_entry_key: uuid('The purchase'),
    payment_instrument_key: uuid('The card'),
    payment_instrument_entry_amount: amount('Authorized until concluded, then captured'),
    payment_instrument_entry_type: z.literal('purchase'),
    payment_instrument_entry_status: z.enum(PAYMENT_INSTRUMENT_ENTRY_STATUSES),
    payment_instrument_entry_data: z.object({
      merchant_name: z.string(),
      merchant_country: z.string(),
      merchant_postal_code: z.string().nullable(),
      merchant_city: z.string().nullable(),
      merchant_street: z.string().nullable(),
    }),
    invoice_items: z.array(invoiceItemSchema),
    created_at: timestamp,
  })
  .meta({ id: 'PaymentInstrumentEntry' });

export const paymentInstrumentEntryListSchema = z
  .object({ data: z.array(paymentInstrumentEntrySchema), pagination: qiPaginationSchema })
  .meta({ id: 'PaymentInstrumentEntryList' });

export const walletEntrySchema = z
  .object({
    wallet_entry_key: uuid('The entry'),
    wallet_entry_amount: amount('The amount'),
    wallet_entry_settlement_key: uuid('The ledger transaction that moved it (null for revolving credit that carried no late charges)').nullable(),
    wallet_entry_type: z.enum(WALLET_ENTRY_TYPES),
    wallet_entry_status: z.literal('concluded'),
    invoice_items: z.array(invoiceItemSchema),
    created_at: timestamp,
  })
  .meta({ id: 'WalletEntry' });

export const walletEntryListSchema = z.object({ data: z.array(walletEntrySchema), pagination: qiPaginationSchema }).meta({ id: 'WalletEntryList' });
