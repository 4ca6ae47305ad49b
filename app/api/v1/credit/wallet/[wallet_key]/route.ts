import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { getCreditWallet } from '@/lib/credit/queries';
import { walletKeyParamsSchema } from '@/lib/credit/query-schemas';
import { walletDetailBody } from '@/lib/credit/wire';

/** Seed 004: the wallet with its invoice configuration and limits; 404 WLT000001 otherwise. */
export const GET = apiRoute({
  dialect: 'qi',
  scope: 'credit:read',
  params: walletKeyParamsSchema,
  handler: async ({ db, actor, params }) => ({
    body: walletDetailBody(await getCreditWallet(db, callerFromApi(actor), params.wallet_key)),
  }),
});
