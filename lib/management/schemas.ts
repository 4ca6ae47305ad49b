import { z } from 'zod';
import { PRODUCTS } from '@/db/schema/accounts';
import { CHARGE_METHODS } from '@/db/schema/charges';
import { pixSettingsSchema } from '@/lib/accounts/pix-settings';
import { LOCALES, TIME_ZONES } from '@/lib/i18n/locales';
import { SOFT_DESCRIPTOR_MAX } from '@/lib/merchants/soft-descriptor';
import { amountMinor } from '@/lib/money/schemas';
import { cursorParamSchema } from '@/lib/pagination/keyset';
import { bankDestinationSchema, pixDestinationSchema } from '@/lib/payouts/destinations';
import { EVERY_PRODUCT } from '@/lib/products/contracted';
import { inviteMemberSchema } from '@/lib/team/schemas';

/**
 * The management API's bodies and queries (snake_case, as the wire has them). The /admin forms and
 * their server actions parse with these same schemas, so a rule holds at both doors.
 */

const guid = (what: string) => z.guid(`${what} must be a UUID`);

export const accountParamsSchema = z.object({ entity_uuid: guid('entity_uuid') });
export const merchantParamsSchema = z.object({ entity_uuid: guid('entity_uuid'), merchant_uuid: guid('merchant_uuid') });

const accountNameSchema = z.string().trim().min(1, 'Enter the account name').max(120, 'Use at most 120 characters');

export const newMerchantSchema = z
  .object({
    merchant_uuid: guid('merchant_uuid').optional().meta({ description: 'Your own id for the merchant; generated when omitted' }),
    name: z.string().trim().min(1, 'Enter the merchant name').max(120, 'Use at most 120 characters'),
    soft_descriptor: z
      .string()
      .trim()
      .toUpperCase()
      .regex(new RegExp(`^[A-Z0-9]{1,${SOFT_DESCRIPTOR_MAX}}$`), `Up to ${SOFT_DESCRIPTOR_MAX} letters and digits, without spaces or accents`)
      .optional()
      .meta({ description: `What card statements print (at most ${SOFT_DESCRIPTOR_MAX} letters and digits); derived from the name when omitted` }),
  })
  .meta({ id: 'NewMerchant' });
export type NewMerchantInput = z.output<typeof newMerchantSchema>;

const contractedProductSchema = z
  .object({
    product: z.enum(PRODUCTS, { error: `One of ${PRODUCTS.join(', ')}` }),
    quota: z
      .int('A whole number')
      .min(0, 'Must not be negative')
      .max(1_000_000)
      .nullable()
      .meta({ description: 'How many may be in use at once; null: no limit' }),
  })
  .meta({ id: 'ContractedProduct' });

/** A contract lists each product at most once; a product left out is not contracted. */
const contractSchema = z
  .array(contractedProductSchema)
  .max(PRODUCTS.length)
  .refine((products) => new Set(products.map((p) => p.product)).size === products.length, 'List each product once');

export const createAccountSchema = z
  .object({
    name: accountNameSchema,
    entity_uuid: guid('entity_uuid').optional().meta({ description: 'Your own id for the account; generated when omitted' }),
    default_locale: z
      .enum(LOCALES)
      .nullable()
      .default(null)
      .meta({ description: "The dashboard language of the account's users who chose none; null: each browser's" }),
    time_zone: z.enum(TIME_ZONES).default('America/Sao_Paulo').meta({ description: "Where the account's dates are read" }),
    merchants: z.array(newMerchantSchema).min(1, 'Add at least one merchant').max(20),
    products: contractSchema.default(() => EVERY_PRODUCT.map((p) => ({ ...p }))).meta({ description: 'The contract; every product without a quota when omitted' }),
    owner: z.object({ email: inviteMemberSchema.shape.email }).meta({ description: 'Invited as the account’s owner: the link is e-mailed and answered once' }),
  })
  .superRefine((input, ctx) => {
    const ids = input.merchants.map((m) => m.merchant_uuid).filter(Boolean);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['merchants'], message: 'Each merchant_uuid must be different' });
  })
  .meta({ id: 'CreateAccountRequest' });
export type CreateAccountInput = z.output<typeof createAccountSchema>;
export type CreateAccountFormValues = z.input<typeof createAccountSchema>;

export const inviteToAccountSchema = inviteMemberSchema.meta({ id: 'InviteToAccountRequest' });

export const PAYOUT_DESTINATION_TYPES = ['pix', 'ted'] as const;

/** Where the account's payouts go unless a request names another: a Pix key or a bank account, checked as a payout's are. */
export const payoutDestinationSchema = z
  .discriminatedUnion('type_payout', [
    z.object({ type_payout: z.literal('pix'), pix_destination: pixDestinationSchema }),
    z.object({ type_payout: z.literal('ted'), bank_destination: bankDestinationSchema }),
  ])
  .meta({ id: 'PayoutDestination' });

/**
 * The account's configurations, replaced as a whole: null clears one. The Pix key and city go
 * together (every BR Code carries both).
 */
export const configurationsSchema = z
  .object({
    pix_key: pixSettingsSchema.shape.pix_key.nullable().meta({ description: 'CPF or CNPJ digits, an e-mail, a +55 phone or a random key (EVP)' }),
    pix_city: pixSettingsSchema.shape.pix_city.nullable().meta({ description: "The city written into the account's Pix BR Codes" }),
    payout_destination: payoutDestinationSchema.nullable(),
  })
  .superRefine((input, ctx) => {
    if ((input.pix_key === null) !== (input.pix_city === null)) {
      const missing = input.pix_key === null ? 'pix_key' : 'pix_city';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'Set the Pix key and the city together, or clear both' });
    }
  })
  .meta({ id: 'UpdateConfigurationsRequest' });
export type ConfigurationsInput = z.output<typeof configurationsSchema>;
export type ConfigurationsFormValues = z.input<typeof configurationsSchema>;

export const updateProductsSchema = z.object({ products: contractSchema }).meta({ id: 'UpdateProductsRequest' });
export type UpdateProductsInput = z.output<typeof updateProductsSchema>;

/** Pix lands in `available` at once (lib/charges/postings.ts): it has no settlement delay to set. */
const UNSETTLED_METHODS: readonly string[] = ['pix'];

export const methodPricingSchema = z
  .object({
    type_charge: z.enum(CHARGE_METHODS, { error: `One of ${CHARGE_METHODS.join(', ')}` }),
    percent_bps: z.int('A whole number of basis points').min(0, 'Must not be negative').max(10_000, 'At most 10000 (100 %)').meta({ description: 'The rate in basis points: 349 is 3.49 %' }),
    fixed_amount: amountMinor(2).meta({ type: 'string', description: 'The fixed fee per charge in the charge currency, a decimal string with up to 2 places', example: '0.35' } as never),
    settlement_delay_days: z
      .int('A whole number of days')
      .min(0)
      .max(30)
      .nullable()
      .default(null)
      .meta({ description: "Business days until the money is available; null: the method's default. Not for pix, which is available at once" }),
  })
  .superRefine((input, ctx) => {
    if (UNSETTLED_METHODS.includes(input.type_charge) && input.settlement_delay_days !== null) {
      ctx.addIssue({ code: 'custom', path: ['settlement_delay_days'], message: 'Pix is available at once: leave the settlement delay empty' });
    }
  })
  .meta({ id: 'MethodPricing' });

export const updatePricingSchema = z
  .object({
    pricing: z
      .array(methodPricingSchema)
      .min(1, 'Price at least one method')
      .max(CHARGE_METHODS.length)
      .refine((rows) => new Set(rows.map((row) => row.type_charge)).size === rows.length, 'List each type_charge once'),
  })
  .meta({ id: 'UpdatePricingRequest' });
export type UpdatePricingInput = z.output<typeof updatePricingSchema>;
export type UpdatePricingFormValues = z.input<typeof updatePricingSchema>;

export const ACCOUNT_STATUSES = ['active', 'suspended'] as const;

export const accountListQuerySchema = z.object({
  name: z.string().trim().min(1).max(120).optional().meta({ description: 'Accounts whose name contains this text (any case)' }),
  status: z.enum(ACCOUNT_STATUSES, 'Either active or suspended').optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: cursorParamSchema.optional(),
});
export type AccountListQuery = z.output<typeof accountListQuerySchema>;
