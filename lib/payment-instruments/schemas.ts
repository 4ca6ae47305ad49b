import { z } from 'zod';
import { WALLET_ENTRY_TYPES } from '@/db/schema/payment-instruments';
import { amountMinor } from '@/lib/money/schemas';
import { cursorParamSchema } from '@/lib/pagination/keyset';
import { addressSchema, ownerSchema } from '@/lib/persons/schemas';

/**
 * The QI payment-instrument and entry shapes (reference B.5, B.6), shared by the API routes, the
 * dashboard's forms and their server actions, and the OpenAPI document. Client-safe.
 */

const BRL_DIGITS = 2;
const uuidV4 = z.uuidv4('Expected a UUID v4');

export const postpaidCardDataSchema = z
  .object({
    card_type: z.enum(['virtual', 'physical']).default('virtual'),
    card_name: z.string().trim().min(1, 'Required').max(60, 'At most 60 characters'),
    printed_name: z
      .string()
      .trim()
      .min(2, 'Required')
      .max(26, 'At most 26 characters, as embossed')
      .regex(/^[A-Za-z ]+$/, 'Letters and spaces only, as embossed')
      .transform((name) => name.toUpperCase()),
    cvv_rotation_interval_hours: z.number().int().min(1).max(8760).optional(),
    contactless_enabled: z.boolean().optional(),
    delivery_address: addressSchema.optional(),
  })
  .refine((card) => card.card_type !== 'physical' || card.delivery_address, {
    path: ['delivery_address'],
    message: 'Required for a physical card',
  })
  .meta({ id: 'PostpaidCardData' });

export const createPaymentInstrumentSchema = z
  .object({
    request_control_key: uuidV4.optional(),
    owner: ownerSchema.optional(),
    person_key: uuidV4.optional(),
    payment_instrument_type: z.literal('postpaid_card', { error: 'Only postpaid_card is issued' }),
    limit_amount: amountMinor(BRL_DIGITS, { positive: true }),
    postpaid_card_data: postpaidCardDataSchema,
  })
  .superRefine((body, ctx) => {
    if (body.owner && body.person_key) ctx.addIssue({ code: 'custom', path: ['person_key'], message: 'Send either owner or person_key, not both' });
    if (!body.owner && !body.person_key) ctx.addIssue({ code: 'custom', path: ['owner'], message: 'Send owner or person_key' });
  })
  .meta({ id: 'CreatePaymentInstrumentRequest' });
export type CreatePaymentInstrumentInput = z.input<typeof createPaymentInstrumentSchema>;
export type CreatePaymentInstrument = z.output<typeof createPaymentInstrumentSchema>;

export const paymentInstrumentLimitSchema = z.object({ limit_amount: amountMinor(BRL_DIGITS, { positive: true }) }).meta({ id: 'PaymentInstrumentLimitRequest' });
export type PaymentInstrumentLimitInput = z.input<typeof paymentInstrumentLimitSchema>;

/** Ours: a payroll withdrawal against the wallet's `payroll_withdraw_limit` (seed 004). */
export const createWalletEntrySchema = z
  .object({
    request_control_key: uuidV4,
    wallet_entry_type: z.literal('payroll_withdraw', { error: 'Only payroll_withdraw entries are requested; the others come from invoices' }),
    wallet_entry_amount: amountMinor(BRL_DIGITS, { positive: true }),
    description: z.string().trim().max(140).optional(),
  })
  .meta({ id: 'CreateWalletEntryRequest' });
export type CreateWalletEntry = z.output<typeof createWalletEntrySchema>;

// Path keys are plain text: a malformed key names nothing, a 404 like an unknown one.
export const walletParamsSchema = z.object({ wallet_key: z.string() });
export const instrumentParamsSchema = z.object({ wallet_key: z.string(), payment_instrument_key: z.string() });
export const instrumentEntryParamsSchema = instrumentParamsSchema.extend({ payment_instrument_entry_key: z.string() });
export const walletEntryParamsSchema = z.object({ wallet_key: z.string(), wallet_entry_key: z.string() });

const qiPage = {
  page: z.coerce.number<string>().int().min(1).default(1),
  page_size: z.coerce.number<string>().int().min(1).max(100).default(20),
  starting_after: cursorParamSchema.optional(),
};
export const listInstrumentsQuerySchema = z.object({ ...qiPage, payment_instrument_status: z.enum(['active', 'canceled']).optional() });
export type ListInstrumentsQuery = z.output<typeof listInstrumentsQuerySchema>;
export const listEntriesQuerySchema = z.object(qiPage);
export type ListEntriesQuery = z.output<typeof listEntriesQuerySchema>;
export const listWalletEntriesQuerySchema = z.object({ ...qiPage, wallet_entry_type: z.enum(WALLET_ENTRY_TYPES).optional() });
export type ListWalletEntriesQuery = z.output<typeof listWalletEntriesQuerySchema>;
