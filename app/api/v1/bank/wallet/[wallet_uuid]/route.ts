import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { getPaymentWallet } from '@/lib/wallets/queries';
import { walletParamsSchema } from '@/lib/wallets/schemas';
import { toWalletBody } from '@/lib/wallets/serialize';

export const GET = apiRoute({
  dialect: 'a55',
  scope: 'wallet:read',
  params: walletParamsSchema,
  handler: async ({ db, actor, params }) => ({ body: toWalletBody(await getPaymentWallet(db, callerFromApi(actor), params.wallet_uuid)) }),
});
