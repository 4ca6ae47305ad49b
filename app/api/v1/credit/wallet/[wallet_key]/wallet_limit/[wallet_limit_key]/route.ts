import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { updateWalletLimit } from '@/lib/credit/limits';
import { walletLimitParamsSchema } from '@/lib/credit/query-schemas';
import { walletLimitUpdateSchema } from '@/lib/credit/schemas';
import { walletLimitBody } from '@/lib/credit/wire';

/** Reference B.4: set a limit's amount, never below its used part (CIN000110). */
export const PATCH = apiRoute({
  dialect: 'qi',
  scope: 'credit:write',
  params: walletLimitParamsSchema,
  body: walletLimitUpdateSchema,
  handler: async ({ db, actor, params, body }) => {
    const limit = await updateWalletLimit(db, callerFromApi(actor), {
      walletKey: params.wallet_key,
      walletLimitKey: params.wallet_limit_key,
      limitAmountMinor: body.limit_amount,
    });
    return { body: walletLimitBody(limit) };
  },
});
