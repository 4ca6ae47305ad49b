import { z } from 'zod';
import { ACCOUNT_KINDS, PRODUCTS } from '@/db/schema/accounts';
import { CHARGE_METHODS } from '@/db/schema/charges';
import { MEMBER_ROLES } from '@/lib/access/permissions';
import { a55ListSchema } from '@/lib/pagination/keyset';
import { ACCOUNT_STATUSES } from './schemas';

// The management API's answers: accounts, merchants, contracts, prices and configurations on the
// wire. Money is a decimal string ("0.35"), never a float.

const timestamp = (description: string) => z.iso.datetime().meta({ description });

export const accountSchema = z
  .object({
    entity_uuid: z.uuid(),
    name: z.string(),
    kind: z.enum(ACCOUNT_KINDS).meta({ description: "`platform`: the operators' own account (one); every other is a `merchant` account" }),
    status: z.enum(ACCOUNT_STATUSES).meta({ description: '`suspended`: its tokens, sessions and sign-ins are refused until it is reactivated' }),
    suspended_at: z.iso.datetime().nullable().meta({ description: 'Since when it is suspended; null while active' }),
    default_locale: z.string().nullable().meta({ description: "Its users' dashboard language unless they chose one (pt-BR, es-MX, en); null: each browser's" }),
    time_zone: z.string().meta({ example: 'America/Sao_Paulo' }),
    created_at: timestamp('When it was onboarded'),
  })
  .meta({ id: 'ManagedAccount' });

export const accountSummarySchema = accountSchema
  .extend({
    merchant_count: z.int().meta({ description: 'How many merchants it has' }),
    member_count: z.int().meta({ description: 'How many logins it has' }),
  })
  .meta({ id: 'ManagedAccountSummary' });

export const accountListSchema = a55ListSchema(accountSummarySchema).meta({ id: 'ManagedAccountList' });

export const merchantSchema = z
  .object({
    merchant_uuid: z.uuid(),
    name: z.string(),
    soft_descriptor: z.string().meta({ description: "What the payer's card statement prints", example: 'PADARIABELAV' }),
    created_at: timestamp('When it was added'),
  })
  .meta({ id: 'ManagedMerchant' });

export const methodPriceSchema = z
  .object({
    type_charge: z.enum(CHARGE_METHODS),
    percent_bps: z.int().meta({ description: 'The rate in basis points (349 is 3.49 %)' }),
    fixed_amount: z.string().meta({ description: 'The fixed fee per charge, a decimal string', example: '0.35' }),
    settlement_delay_days: z.int().nullable().meta({ description: 'Business days until the money is available; null for pix (available at once)' }),
    customized: z.boolean().meta({ description: "Whether the merchant has its own price for the method; false: the platform's default applies" }),
  })
  .meta({ id: 'MethodPrice' });

export const pricedMerchantSchema = merchantSchema
  .extend({ pricing: z.array(methodPriceSchema).meta({ description: 'Its price for every method, as its charges are priced' }) })
  .meta({ id: 'PricedMerchant' });

export const productUsageSchema = z
  .object({
    product: z.enum(PRODUCTS),
    quota: z.int().nullable().meta({ description: 'How many may be in use at once; null: no limit' }),
    in_use: z.int().meta({ description: 'How many are in use now (wallets pending analysis or active; deactivated and rejected ones have left the pool)' }),
  })
  .meta({ id: 'ProductUsage' });

export const productsSchema = z
  .object({ products: z.array(productUsageSchema).meta({ description: 'The contracted products; one not listed is not contracted' }) })
  .meta({ id: 'ContractedProducts' });

export const configurationsResponseSchema = z
  .object({
    pix_key: z.string().nullable(),
    pix_city: z.string().nullable(),
    payout_destination: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: 'As validated: `{type_payout: "pix", pix_destination}` or `{type_payout: "ted", bank_destination}`; null when none is set' }),
  })
  .meta({ id: 'AccountConfigurations' });

export const invitationSchema = z
  .object({
    invitation_id: z.uuid(),
    email: z.string(),
    role: z.enum(MEMBER_ROLES),
    expires_at: timestamp('Until when the link works'),
    invitation_link: z.string().meta({ description: 'The link to accept it, shown only in this answer (it is also e-mailed); only a hash of it is kept' }),
  })
  .meta({ id: 'IssuedInvitation' });

export const accountDetailSchema = accountSchema
  .extend({
    member_count: z.int(),
    pending_invitations: z.int().meta({ description: 'Invitations sent and still usable' }),
    merchants: z.array(pricedMerchantSchema),
    products: z.array(productUsageSchema).meta({ description: 'The contracted products with their usage; one not listed is not contracted' }),
    configurations: configurationsResponseSchema,
  })
  .meta({ id: 'ManagedAccountDetail' });

export const createdAccountSchema = accountSchema
  .extend({
    merchants: z.array(merchantSchema),
    products: z.array(z.object({ product: z.enum(PRODUCTS), quota: z.int().nullable() })),
    owner_invitation: invitationSchema,
  })
  .meta({ id: 'CreatedAccount' });

export const operationsCatalogueSchema = z
  .object({
    data: z.array(
      z.object({
        operation: z.string().meta({ description: 'The scope a credential is granted to call these routes', example: 'wallet:read' }),
        description: z.string(),
        platform_only: z.boolean().meta({ description: "Only the platform's own credentials may hold it; merchant credentials never can" }),
      }),
    ),
  })
  .meta({ id: 'OperationsCatalogue' });
