import { z } from 'zod';
import { PAYOUT_STATUSES, type PayoutStatus } from '@/db/schema/payouts';
import type { PayoutListQuery } from './queries';

// The path and query of the payout routes (reference A.7). Ids are GUIDs, so a malformed one is a
// 400 naming the parameter; one that is well formed but not the caller's is the service's 404.

const uuid = (what: string) => z.guid(`${what} must be a UUID`);

export const payoutParamsSchema = z.object({ payout_uuid: uuid('payout_uuid') });
export const payoutWalletParamsSchema = z.object({ payout_uuid: uuid('payout_uuid'), wallet_uuid: uuid('wallet_uuid') });

const STATUS_FILTER_PREFIX = 'status:eq:';
const STATUS_FILTER = new RegExp(`^${STATUS_FILTER_PREFIX}(${PAYOUT_STATUSES.join('|')})$`);

/**
 * `GET /api/v1/bank/wallet/payout/?wallet_uuid=&page=1&limit=10&filter=status:eq:realized&sort=created:desc`.
 * A.7's `filter` grammar is `field:operator:value`; the one condition offered is `status:eq:<status>`,
 * anything else is refused (400 naming `filter`) rather than silently ignored.
 */
export const payoutListQuerySchema = z.object({
  wallet_uuid: uuid('wallet_uuid').optional().meta({ description: 'The wallet whose payouts to list (every wallet of the account when omitted); unknown: 404 `errors.wallet.not_found`' }),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  filter: z
    .string()
    .regex(STATUS_FILTER, `Only status:eq:<status> is supported, with a status among ${PAYOUT_STATUSES.join(', ')}`)
    .optional()
    .meta({ description: '`status:eq:<status>` (the only filter offered)', example: 'status:eq:realized' }),
  sort: z.enum(['created:desc', 'created:asc'], 'Either created:desc or created:asc').default('created:desc'),
});
export type PayoutListParams = z.output<typeof payoutListQuerySchema>;

/** The list service's query from the parsed A.7 parameters. */
export function toPayoutListQuery(query: PayoutListParams): PayoutListQuery {
  return {
    wallet_uuid: query.wallet_uuid,
    page: query.page,
    limit: query.limit,
    status: query.filter ? (query.filter.slice(STATUS_FILTER_PREFIX.length) as PayoutStatus) : undefined,
    sort: query.sort === 'created:asc' ? 'asc' : 'desc',
  };
}

/** The sandbox rail's answer for an issued payout. */
export const simulatePayoutSchema = z
  .object({
    outcome: z.enum(['realized', 'returned', 'error'], 'One of realized, returned, error'),
  })
  .meta({ id: 'SimulatePayoutRequest' });
