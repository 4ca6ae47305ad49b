import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { createPaymentWallet } from '@/lib/wallets/create';
import { lookupPaymentWallet } from '@/lib/wallets/queries';
import { createWalletSchema, walletLookupSchema } from '@/lib/wallets/schemas';
import { toCredentialsBody, toWalletBody } from '@/lib/wallets/serialize';

/** Create a payment wallet (seed 001). */
export const POST = apiRoute({
  dialect: 'a55',
  scope: 'wallet:write',
  body: createWalletSchema,
  handler: async ({ db, actor, body }) => {
    const { wallet, credentials } = await createPaymentWallet(db, callerFromApi(actor), body);
    return { body: { ...toWalletBody(wallet), ...(credentials ? { credentials: toCredentialsBody(credentials) } : {}) } };
  },
});

/** Look one wallet up by wallet_uuid, email or customer_id, optionally narrowed by currency. */
export const GET = apiRoute({
  dialect: 'a55',
  scope: 'wallet:read',
  query: walletLookupSchema,
  handler: async ({ db, actor, query }) => ({ body: toWalletBody(await lookupPaymentWallet(db, callerFromApi(actor), query)) }),
});
