import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { reactivatePaymentWallet } from '@/lib/wallets/lifecycle';
import { walletParamsSchema } from '@/lib/wallets/schemas';
import { toWalletBody } from '@/lib/wallets/serialize';

export const POST = apiRoute({
  dialect: 'a55',
  scope: 'wallet:write',
  params: walletParamsSchema,
  handler: async ({ db, actor, params }) => ({
    body: toWalletBody(await reactivatePaymentWallet(db, callerFromApi(actor), params.wallet_uuid)),
  }),
});
