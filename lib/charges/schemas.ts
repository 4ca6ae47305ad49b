import { z } from 'zod';
import { CHARGE_METHODS, CHARGE_STATUSES } from '@/db/schema';
import { CURRENCY_DIGITS, type Currency } from '@/lib/money/currency';
import { decimalText } from '@/lib/money/schemas';
import { a55ListSchema, cursorParamSchema } from '@/lib/pagination/keyset';
import { reconciliationQueryFields } from '@/lib/settlements/schemas';

// The A55 charge shapes (reference A.3–A.5, A.9). Amounts arrive as decimal text and are turned
// into minor units by the service, which knows the wallet's currency: a wrong precision for the
// currency is A55's `AMOUNT_INVALID`, not a schema error.

const uuid = (what: string) => z.guid(`${what} must be a UUID`);
const text = (max: number, message = 'Required') => z.string().trim().min(1, message).max(max);
const CURRENCIES = Object.keys(CURRENCY_DIGITS) as [Currency, ...Currency[]];

export const chargeMethodSchema = z.enum(CHARGE_METHODS);
export const chargeStatusSchema = z.enum(CHARGE_STATUSES);

const amountText = decimalText.meta({ type: 'number', description: 'Decimal amount in the currency (integers for CLP and COP)', example: 100.0 });

export const payerAddressSchema = z
  .object({
    street: text(200),
    address_number: text(20),
    complement: z.string().trim().max(200).nullish(),
    neighborhood: text(120),
    city: text(120),
    state: text(60),
    postal_code: text(20),
    country: z.string().regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 country code, such as BR'),
  })
  .meta({ id: 'PayerAddress' });

export const chargeItemSchema = z.object({
  name: text(200),
  description: z.string().trim().max(500).nullish(),
  quantity: z.int('quantity must be an integer').min(1).max(100000),
  total_amount: amountText,
  unit_amount: amountText,
  sku: z.string().trim().max(100).nullish(),
  code: z.string().trim().max(100).nullish(),
});

const deviceInfoSchema = z
  .object({
    ip_address: z.string().max(64).optional(),
    user_agent: z.string().max(1000).optional(),
    http_accept_content: z.string().max(500).optional(),
    http_accept_browser_value: z.string().max(500).optional(),
    http_browser_language: z.string().max(50).optional(),
    http_browser_java_enabled: z.boolean().optional(),
    http_browser_javascript_enabled: z.boolean().optional(),
    http_browser_color_depth: z.string().max(10).optional(),
    http_browser_screen_height: z.string().max(10).optional(),
    http_browser_screen_width: z.string().max(10).optional(),
    http_browser_time_difference: z.string().max(10).optional(),
    session_id: z.string().max(200).optional(),
  })
  .meta({ id: 'DeviceInfo', description: 'Browser data for 3DS (reference A.3)' });

/** The card as the payer typed it (host to host, or the public pay endpoint). Never stored, logged or echoed. */
export const cardFieldsSchema = z.object({
  card_name: text(100, 'Enter the name on the card'),
  card_number: z.string().trim().regex(/^[\d\s-]{12,23}$/, 'Enter the card number'),
  card_expiry_month: z.string().trim().regex(/^(0?[1-9]|1[0-2])$/, 'A month from 01 to 12'),
  card_expiry_year: z.string().trim().regex(/^\d{4}$/, 'A four-digit year'),
  card_cvv: z.string().trim().regex(/^\d{3,4}$/, 'Three or four digits'),
});
export type CardFields = z.output<typeof cardFieldsSchema>;

const cardFieldNames = Object.keys(cardFieldsSchema.shape) as (keyof CardFields)[];

/** `YYYY-MM-DD`, or an ISO date-time of which the date is kept (some A55 examples send one). */
const dueDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'A date as YYYY-MM-DD')
  .transform((value) => value.slice(0, 10))
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Not a calendar date')
  .meta({ type: 'string', example: '2026-12-31' });

/** `POST /api/v1/bank/wallet/charge/` (reference A.3). */
export const createChargeSchema = z
  .object({
    wallet_uuid: uuid('wallet_uuid'),
    merchant_id: uuid('merchant_id').meta({ description: "The wallet's merchant (`merchant_uuid`)" }),
    payer_name: text(200),
    payer_email: z.email('Enter a valid email').max(320),
    payer_tax_id: text(40).meta({ description: 'CPF/CNPJ (digits, for BRL: check digits verified), RFC/CURP, RUT or CUIT' }),
    payer_cell_phone: z.string().trim().regex(/^\+[1-9]\d{7,14}$/, 'An E.164 phone number, such as +5511999999999'),
    installment_value: amountText.meta({ description: 'Amount per installment; the charge is installment_value × installment_count' }),
    installment_count: z.int('installment_count must be an integer').min(1).max(12),
    currency: z.enum(CURRENCIES, `Currency must be one of ${CURRENCIES.join(', ')}`).meta({ description: "Must be the wallet's currency" }),
    due_date: dueDateSchema.optional().meta({ description: 'Omitted: today, or in 3 days for a boleto (its due date)' }),
    description: text(500),
    type_charge: z.string().trim().min(1).max(40).meta({
      description: 'credit_card, debit_card, pix or boleto; other A55 methods answer 422 PAYMENT_METHOD_NOT_SUPPORTED',
      example: 'credit_card',
    }),
    pix_expiration_seconds: z
      .int('pix_expiration_seconds must be an integer')
      .min(60)
      .max(604_800)
      .optional()
      .meta({ description: 'Our addition: seconds until an unpaid Pix is canceled (default 3600)' }),
    payer_address: payerAddressSchema,
    items: z.array(chargeItemSchema).max(100).default([]),
    webhook_url: z.url({ protocol: /^https?$/, message: 'An http(s) URL' }).max(2000).nullish(),
    redirect_url: z.url({ protocol: /^https?$/, message: 'An http(s) URL' }).max(2000).nullish(),
    capture: z.boolean().default(true).meta({ description: 'false authorizes only (pre-auth): the charge waits in `pre_captured` for a capture' }),
    threeds_authentication: z.boolean().default(false),
    device_info: deviceInfoSchema.nullish(),
    card_name: cardFieldsSchema.shape.card_name.optional(),
    card_number: cardFieldsSchema.shape.card_number.optional(),
    card_expiry_month: cardFieldsSchema.shape.card_expiry_month.optional(),
    card_expiry_year: cardFieldsSchema.shape.card_expiry_year.optional(),
    card_cvv: cardFieldsSchema.shape.card_cvv.optional(),
  })
  .superRefine((body, ctx) => {
    const given = cardFieldNames.filter((name) => body[name] !== undefined);
    if (given.length > 0 && given.length < cardFieldNames.length) {
      for (const name of cardFieldNames.filter((n) => !given.includes(n))) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'Give every card field, or none (the payer pays later at the public pay endpoint)' });
      }
    }
  })
  .meta({ id: 'CreateChargeRequest' });
export type CreateChargeBody = z.output<typeof createChargeSchema>;

/** `POST /api/v1/bank/wallet/charge/pix/` (reference A.3's dedicated Pix endpoint): `amount` instead of installments. */
export const createPixChargeSchema = z
  .object({
    wallet_uuid: uuid('wallet_uuid'),
    merchant_id: uuid('merchant_id'),
    payer_name: text(200),
    payer_email: z.email('Enter a valid email').max(320),
    payer_tax_id: text(40).meta({ description: 'CPF or CNPJ, check digits verified' }),
    payer_cell_phone: z.string().trim().regex(/^\+[1-9]\d{7,14}$/, 'An E.164 phone number, such as +5511999999999'),
    amount: amountText,
    currency: z.literal('BRL', 'A Pix is in BRL'),
    due_date: dueDateSchema.optional(),
    description: text(500),
    payer_address: payerAddressSchema,
    webhook_url: z.url({ protocol: /^https?$/, message: 'An http(s) URL' }).max(2000).nullish(),
    pix_expiration_seconds: z.int('pix_expiration_seconds must be an integer').min(60).max(604_800).optional(),
  })
  .meta({ id: 'CreatePixChargeRequest' });

/** `POST /api/v1/bank/public/charge/{uuid}/pay` (reference A.3): the payer's card, no token. */
export const payChargeSchema = cardFieldsSchema
  .extend({ payer_tax_id: text(40), device_info: deviceInfoSchema.nullish() })
  .meta({ id: 'PayChargeRequest' });

/** `POST /api/v1/bank/wallet/charge/capture/`. */
export const captureChargeSchema = z
  .object({
    charge_uuid: uuid('charge_uuid'),
    wallet_uuid: uuid('wallet_uuid'),
    amount: amountText.optional().meta({ description: 'Less than authorized: a partial capture, the rest released' }),
  })
  .meta({ id: 'CaptureChargeRequest' });

export const refundChargeSchema = z
  .object({
    amount: amountText.optional().meta({ description: 'Omitted: all that remains refundable' }),
    reason: z.string().trim().max(500).optional(),
  })
  .meta({ id: 'RefundChargeRequest' });

export const cancelChargeSchema = z.object({ reason: z.string().trim().max(500).optional() }).meta({ id: 'CancelChargeRequest' });

export const chargeWalletParamsSchema = z.object({ charge_uuid: uuid('charge_uuid'), wallet_uuid: uuid('wallet_uuid') });
export const chargeParamsSchema = z.object({ charge_uuid: uuid('charge_uuid') });
export const publicChargeParamsSchema = z.object({ uuid: uuid('uuid') });
/**
 * `GET /api/v1/bank/wallet/charge/` answers two A55 questions on one path: the lookup of one charge
 * (`charge_uuid` and `wallet_uuid`, both required then) and, with `settled=true`, the
 * reconciliation (reference A.8; `wallet_uuid` optional, narrowing it to one wallet).
 */
export const chargeLookupSchema = z
  .object({
    charge_uuid: uuid('charge_uuid').optional().meta({ description: 'The lookup: the charge (required unless `settled=true`)' }),
    wallet_uuid: uuid('wallet_uuid').optional().meta({ description: "The lookup: the charge's wallet (required unless `settled=true`); the reconciliation: one wallet only" }),
    ...reconciliationQueryFields,
  })
  .superRefine((query, ctx) => {
    if (query.settled) return;
    for (const field of ['charge_uuid', 'wallet_uuid'] as const) {
      if (!query[field]) ctx.addIssue({ code: 'custom', path: [field], message: `${field} must be a UUID` });
    }
  });
export type ChargeLookupQuery = z.output<typeof chargeLookupSchema>;

/**
 * A55's `filter` (`status:confirmed`, `type:credit_card`, `card_brand:visa`, `amount_gte:1000`) and
 * `sort` (`created:desc`). Several conditions may be joined by commas; a charge must meet them all.
 */
const CONDITION = '(status|type|card_brand|amount_gte|amount_lte):[A-Za-z0-9_.]{1,40}';
const FILTER = new RegExp(`^${CONDITION}(,${CONDITION}){0,4}$`);

export const chargeListQuerySchema = z.object({
  wallet_uuid: uuid('wallet_uuid').optional().meta({ description: 'Required by A55; optional here (the whole account when omitted)' }),
  merchant_uuid: uuid('merchant_uuid').optional(),
  payment_link_uuid: uuid('payment_link_uuid').optional().meta({ description: 'Our addition: the charges a payment link started' }),
  date_start: z.iso.datetime({ offset: true, message: 'An ISO 8601 date-time' }).or(z.iso.date()).optional(),
  date_end: z.iso.datetime({ offset: true, message: 'An ISO 8601 date-time' }).or(z.iso.date()).optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  filter: z
    .string()
    .regex(FILTER, 'As status:<status>, type:<type_charge>, card_brand:<brand>, amount_gte:<amount> or amount_lte:<amount>, up to five joined by commas')
    .optional(),
  sort: z.enum(['created:desc', 'created:asc']).default('created:desc'),
  /** Our addition: the charge id, or the payer's e-mail or tax id. */
  search: z.string().trim().min(1).max(320).optional(),
  starting_after: cursorParamSchema.optional(),
});
export type ChargeListQuery = z.output<typeof chargeListQuerySchema>;

const messageSchema = z.object({ code: z.string(), source: z.enum(['acquirer', 'charge']), description: z.string() });

export const pixPayloadSchema = z
  .object({
    qr_code_base64: z.string().meta({ description: 'PNG of the QR code, base64 without a data: prefix' }),
    copy_paste: z.string().meta({ description: 'The BR Code ("Pix copia e cola")' }),
    expiration: z.iso.datetime().meta({ description: 'When an unpaid Pix is canceled' }),
  })
  .meta({ id: 'PixPayload' });

export const chargeSchema = z
  .object({
    charge_uuid: z.uuid(),
    wallet_uuid: z.uuid(),
    merchant_id: z.uuid(),
    status: chargeStatusSchema,
    type_charge: chargeMethodSchema,
    currency: z.string(),
    local_currency: z.string().meta({ description: 'The charge amount, an exact decimal', example: '100.00' }),
    installment_value: z.string(),
    installment_count: z.number().int(),
    installments: z.array(z.object({ installment_number: z.number().int(), value: z.string() })),
    captured_amount: z.string(),
    refunded_amount: z.string(),
    amount_remaining: z.string().meta({ description: 'What can still be refunded' }),
    fee_amount: z.string().meta({ description: 'Our fee on what was captured, less what refunds gave back' }),
    net_amount: z.string().meta({ description: 'What the wallet keeps: captured − refunded − fee' }),
    payer_name: z.string(),
    payer_email: z.string(),
    payer_tax_id: z.string(),
    payer_cell_phone: z.string(),
    payer_address: z.record(z.string(), z.string()),
    description: z.string(),
    due_date: z.string(),
    items: z.array(z.record(z.string(), z.unknown())),
    capture: z.boolean(),
    threeds_authentication: z.boolean(),
    card: z
      .object({
        brand: z.string(),
        bin: z.string(),
        last_four: z.string(),
        expiry_month: z.number().int(),
        expiry_year: z.number().int(),
        holder_name: z.string(),
      })
      .nullable(),
    url_3ds: z.string().nullable(),
    action_url: z.string().nullable(),
    charge_payment_url: z.string().nullable().meta({ description: "The payer's page: Pix QR, boleto line and slip, or a card form for an issued card charge" }),
    pix_payload: pixPayloadSchema.nullable(),
    boleto_url: z.string().nullable().meta({ description: 'The printable slip (HTML; its PDF at the same address + .pdf)' }),
    barcode: z.string().nullable().meta({ description: "The boleto's 47-digit digitable line" }),
    paid_amount: z.string().meta({ description: 'What the payer paid for a Pix or boleto (a boleto may be paid short or over)' }),
    expires_at: z.iso.datetime().nullable(),
    authorization_code: z.string().nullable(),
    message: z.array(messageSchema).nullable(),
    refunds: z.array(z.object({ refund_uuid: z.uuid(), amount: z.string(), reason: z.string().nullable(), created_at: z.iso.datetime() })),
    webhook_url: z.string().nullable(),
    redirect_url: z.string().nullable(),
    payment_link_uuid: z.uuid().nullable(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Charge' });

export const payChargeResponseSchema = z
  .object({
    charge_uuid: z.uuid(),
    status: chargeStatusSchema,
    url_3ds: z.string().nullable(),
    message: z.array(messageSchema).nullable(),
  })
  .meta({ id: 'PayChargeResponse' });

export const createPixChargeResponseSchema = z
  .object({
    charge_uuid: z.uuid(),
    status: chargeStatusSchema,
    pix_payload: pixPayloadSchema,
    local_currency: z.string(),
    charge_payment_url: z.string(),
  })
  .meta({ id: 'CreatePixChargeResponse' });

export const cancelChargeResponseSchema = z
  .object({ charge_uuid: z.uuid(), wallet_uuid: z.uuid(), status: z.literal('canceled'), message: z.record(z.string(), z.unknown()) })
  .meta({ id: 'CancelChargeResponse' });

export const chargeListSchema = a55ListSchema(chargeSchema).meta({ id: 'ChargeList' });
