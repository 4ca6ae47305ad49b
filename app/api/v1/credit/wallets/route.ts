import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { listCreditWallets } from '@/lib/credit/queries';
import { listCreditWalletsQuerySchema } from '@/lib/credit/query-schemas';
import { walletSummaryBody } from '@/lib/credit/wire';
import { qiPagination } from '@/lib/pagination/keyset';

/**
 * Reference B.3: newest first, filtered by owner document and status. The provider's pagination
 * block was cut off, so ours is `{page, page_size, total, total_pages, has_more, next_cursor}` beside `data`.
 */
export const GET = apiRoute({
  dialect: 'qi',
  scope: 'credit:read',
  query: listCreditWalletsQuerySchema,
  handler: async ({ db, actor, query }) => {
    const page = await listCreditWallets(db, callerFromApi(actor), query);
    return { body: { data: page.rows.map(walletSummaryBody), pagination: qiPagination(query, page) } };
  },
});
