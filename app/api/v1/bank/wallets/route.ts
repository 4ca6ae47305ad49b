import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { a55ListBody } from '@/lib/pagination/keyset';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';
import { toWalletBody } from '@/lib/wallets/serialize';

/** Payment wallets, newest first, in the A55 list shape `{page, limit, total, pages, has_more, next_cursor, data}`. */
export const GET = apiRoute({
  dialect: 'a55',
  scope: 'wallet:read',
  query: walletListQuerySchema,
  handler: async ({ db, actor, query }) => ({
    body: a55ListBody(query, await listPaymentWallets(db, callerFromApi(actor), query), toWalletBody),
  }),
});
