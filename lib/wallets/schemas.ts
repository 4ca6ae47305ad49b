import { z } from 'zod';
import { WALLET_STATUSES } from '@/db/schema';
import { WALLET_CURRENCIES } from '@/lib/money/currency';
import { a55ListSchema, cursorParamSchema } from '@/lib/pagination/keyset';

// Any 8-4-4-4-12 hex identifier (not only RFC 4122 variants), so a well-formed id that simply
// does not exist gets the same 404 as one that belongs to someone else, never a 400.
const uuid = (what: string) => z.guid(`${what} must be a UUID`);

export const walletCurrencySchema = z.enum(WALLET_CURRENCIES, 'Currency must be one of BRL, MXN, CLP, ARS');
export const walletStatusSchema = z.enum(WALLET_STATUSES);

/** `POST /api/v1/bank/wallet/` (seed 001), also the dashboard's "New payment wallet" form. */
export const createWalletSchema = z
  .object({
    entity_uuid: uuid('entity_uuid').meta({ description: "Your account's entity identifier", example: '550e8400-e29b-41d4-a716-446655440000' }),
    customer_id: z.string().trim().min(1, 'Enter your internal customer id').max(255).meta({ example: 'cust_12345' }),
    currency: walletCurrencySchema,
    name: z.string().trim().min(1, 'Enter a wallet name').max(200).meta({ example: 'Loja São Paulo — BRL' }),
    email: z.email('Enter a valid email').max(320).meta({ example: 'financeiro@loja-sp.com.br' }),
    create_credentials: z.boolean('Must be true or false').meta({ description: 'true to also mint OAuth client credentials scoped to this wallet' }),
    merchant_uuid: uuid('merchant_uuid')
      .nullish()
      .meta({ description: 'An existing merchant of the account; omit to create one named after the wallet' }),
  })
  .meta({ id: 'CreateWalletRequest' });
export type CreateWalletInput = z.output<typeof createWalletSchema>;
export type CreateWalletFormValues = z.input<typeof createWalletSchema>;

export const walletParamsSchema = z.object({ wallet_uuid: uuid('wallet_uuid') });

/** `GET /api/v1/bank/wallet/?wallet_uuid=|email=|customer_id=[&currency=]`: one wallet. */
export const walletLookupSchema = z
  .object({
    wallet_uuid: uuid('wallet_uuid').optional(),
    email: z.string().trim().min(1).max(320).optional(),
    customer_id: z.string().trim().min(1).max(255).optional(),
    currency: walletCurrencySchema.optional(),
  })
  .refine((q) => q.wallet_uuid || q.email || q.customer_id, {
    message: 'Give wallet_uuid, email or customer_id',
    path: ['wallet_uuid'],
  });
export type WalletLookup = z.output<typeof walletLookupSchema>;

/** `GET /api/v1/bank/wallets/` and the dashboard list: A55 `page`/`limit` plus filters. */
export const walletListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  currency: walletCurrencySchema.optional(),
  status: walletStatusSchema.optional(),
  merchant_uuid: uuid('merchant_uuid').optional(),
  customer_id: z.string().trim().min(1).max(255).optional(),
  email: z.string().trim().min(1).max(320).optional(),
  starting_after: cursorParamSchema.optional(),
});
export type WalletListQuery = z.output<typeof walletListQuerySchema>;

export const walletSchema = z
  .object({
    wallet_uuid: z.uuid(),
    entity_uuid: z.uuid(),
    merchant_uuid: z.uuid(),
    customer_id: z.string(),
    currency: walletCurrencySchema,
    name: z.string(),
    email: z.string(),
    status: walletStatusSchema,
    balance: z.string().meta({ description: "Available balance, a decimal in the currency's minor unit ('0.00' BRL, '0' CLP)", example: '0.00' }),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Wallet' });

export const walletCredentialsSchema = z
  .object({
    client_id: z.uuid(),
    client_secret: z
      .string()
      .nullable()
      .meta({ description: 'Shown only in this response (null in its idempotent replays, which never store it); store it in a secrets manager' }),
    grant_type: z.literal('client_credentials'),
    scopes: z.array(z.string()).meta({ example: ['wallet:read', 'wallet:write', 'charge:create', 'charge:read'] }),
  })
  .meta({ id: 'WalletCredentials' });

export const createWalletResponseSchema = walletSchema
  .extend({ credentials: walletCredentialsSchema.optional() })
  .meta({ id: 'CreateWalletResponse' });

export const walletListSchema = a55ListSchema(walletSchema).meta({ id: 'WalletList' });
