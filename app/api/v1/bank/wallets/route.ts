import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';
import { toWalletBody } from '@/lib/wallets/serialize';

/** Payment wallets, newest first, in the A55 list shape `{page, limit, total, pages, data}`. */
export const GET = apiRoute({
  dialect: 'a55',
  scope: 'wallet:read',
  query: walletListQuerySchema,
  handler: async ({ db, actor, query }) => {
    const { rows, ...page } = await listPaymentWallets(db, callerFromApi(actor), query);
    return { body: { ...page, data: rows.map(toWalletBody) } };
  },
});
