import { z } from 'zod';
import { BILLING_TYPES, LINK_REGIONS, PAYMENT_LINK_METHODS, PAYMENT_LINK_STATUSES } from '@/db/schema';
import { payerAddressSchema } from '@/lib/charges/schemas';
import { CURRENCY_DIGITS, type Currency } from '@/lib/money/currency';
import { decimalText } from '@/lib/money/schemas';
import { a55ListSchema, cursorParamSchema } from '@/lib/pagination/keyset';

const uuid = (what: string) => z.guid(`${what} must be a UUID`);
const CURRENCIES = Object.keys(CURRENCY_DIGITS) as [Currency, ...Currency[]];

export const paymentLinkStatusSchema = z.enum(PAYMENT_LINK_STATUSES);
export const paymentLinkMethodSchema = z.enum(PAYMENT_LINK_METHODS);

/**
 * `POST /api/v1/bank/wallet/payment-link/` (reference A.6). A.6 contradicts itself on
 * `is_checkout`; we hold to its API reference: `true` (the default) is a reusable checkout that
 * takes any number of payments (up to `max_payments`), `false` a single-use link that completes
 * on its first paid charge.
 */
export const createPaymentLinkSchema = z
  .object({
    wallet_uuid: uuid('wallet_uuid'),
    merchant_id: uuid('merchant_id').meta({ description: "The wallet's merchant (`merchant_uuid`)" }),
    region: z.enum(LINK_REGIONS),
    currency: z.enum(CURRENCIES, `Currency must be one of ${CURRENCIES.join(', ')}`).meta({ description: "Must be the wallet's currency" }),
    billing_type: z.enum(BILLING_TYPES),
    charge_type: z
      .array(paymentLinkMethodSchema)
      .min(1, 'Offer at least one method')
      .max(3)
      .refine((methods) => new Set(methods).size === methods.length, 'Each method once'),
    name: z.string().trim().min(1, 'Enter a name').max(120),
    description: z.string().trim().max(500).nullish(),
    value: decimalText.meta({ type: 'number', description: 'The amount, a decimal in the currency (string "199.90" or number)', example: '199.90' }),
    max_installment_count: z.int('max_installment_count must be an integer').min(1).max(12).default(1),
    is_checkout: z
      .boolean()
      .default(true)
      .meta({ description: 'true (default): a reusable checkout; false: single use, completed by its first paid charge' }),
    redirect_url: z.url({ protocol: /^https?$/, message: 'An http(s) URL' }).max(2000).nullish(),
    webhook_url: z.url({ protocol: /^https?$/, message: 'An http(s) URL' }).max(2000).nullish(),
    expires_at: z.iso.datetime({ offset: true, message: 'An ISO 8601 date-time' }).nullish().meta({ description: 'Our addition: when the link stops taking payments' }),
    max_payments: z.int('max_payments must be an integer').min(1).max(1_000_000).nullish().meta({ description: 'Our addition: how many paid charges it takes at most' }),
  })
  .meta({ id: 'CreatePaymentLinkRequest' });
export type CreatePaymentLinkBody = z.output<typeof createPaymentLinkSchema>;
export type CreatePaymentLinkFormValues = z.input<typeof createPaymentLinkSchema>;

export const paymentLinkParamsSchema = z.object({ payment_link_uuid: uuid('payment_link_uuid') });
export const publicLinkParamsSchema = z.object({ uuid: uuid('uuid') });

export const paymentLinkListQuerySchema = z.object({
  wallet_uuid: uuid('wallet_uuid').optional(),
  status: paymentLinkStatusSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: cursorParamSchema.optional(),
});
export type PaymentLinkListQuery = z.output<typeof paymentLinkListQuerySchema>;

/** What the hosted checkout posts to start a payment: the method, the payer and (cards) the installments. */
export const startLinkPaymentSchema = z
  .object({
    method: paymentLinkMethodSchema,
    payer_name: z.string().trim().min(1, 'Enter your name').max(200),
    payer_email: z.email('Enter a valid email').max(320),
    payer_tax_id: z.string().trim().min(1, 'Enter your CPF or CNPJ').max(40),
    payer_cell_phone: z.string().trim().regex(/^\+[1-9]\d{7,14}$/, 'An E.164 phone number, such as +5511999999999'),
    payer_address: payerAddressSchema.optional(),
    installment_count: z.int().min(1).max(12).default(1),
  })
  .meta({ id: 'StartLinkPaymentRequest' });
export type StartLinkPaymentBody = z.output<typeof startLinkPaymentSchema>;

export const createPaymentLinkResponseSchema = z
  .object({
    payment_link_uuid: z.uuid(),
    status: paymentLinkStatusSchema,
    url: z.string(),
    local_currency: z.string().meta({ description: 'The amount, an exact decimal', example: '199.90' }),
    currency: z.string(),
  })
  .meta({ id: 'CreatePaymentLinkResponse' });

export const paymentLinkSchema = createPaymentLinkResponseSchema
  .extend({
    wallet_uuid: z.uuid(),
    merchant_id: z.uuid(),
    region: z.enum(LINK_REGIONS),
    billing_type: z.enum(BILLING_TYPES),
    charge_type: z.array(paymentLinkMethodSchema),
    name: z.string(),
    description: z.string().nullable(),
    value: z.string(),
    max_installment_count: z.number().int(),
    is_checkout: z.boolean(),
    redirect_url: z.string().nullable(),
    webhook_url: z.string().nullable(),
    expires_at: z.iso.datetime().nullable(),
    max_payments: z.number().int().nullable(),
    payments_count: z.number().int(),
    opened_count: z.number().int(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'PaymentLink' });

export const paymentLinkListSchema = a55ListSchema(paymentLinkSchema).meta({ id: 'PaymentLinkList' });

export const startLinkPaymentResponseSchema = z
  .object({
    charge_uuid: z.uuid(),
    status: z.string(),
    charge_payment_url: z.string(),
    installment_count: z.number().int(),
  })
  .meta({ id: 'StartLinkPaymentResponse' });
