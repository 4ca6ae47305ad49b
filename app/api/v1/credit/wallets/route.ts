import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { listCreditWallets } from '@/lib/credit/queries';
import { listCreditWalletsQuerySchema } from '@/lib/credit/query-schemas';
import { walletSummaryBody } from '@/lib/credit/wire';

/**
 * Reference B.3: newest first, filtered by owner document and status. The provider's pagination
 * block was cut off, so ours is `{page, page_size, total, total_pages}` beside `data`.
 */
export const GET = apiRoute({
  dialect: 'qi',
  scope: 'credit:read',
  query: listCreditWalletsQuerySchema,
  handler: async ({ db, actor, query }) => {
    const { rows, total } = await listCreditWallets(db, callerFromApi(actor), query);
    return {
      body: {
        data: rows.map(walletSummaryBody),
        pagination: { page: query.page, page_size: query.page_size, total, total_pages: Math.ceil(total / query.page_size) },
      },
    };
  },
});
