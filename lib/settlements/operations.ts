import { z } from 'zod';
import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { documented } from '@/lib/openapi/shared';
import { a55ListBody } from '@/lib/pagination/keyset';
import { getSettlement, listSettlements } from './queries';
import { settleNowForSandbox } from './run';
import { settlementDetailSchema, settlementListQuerySchema, settlementListSchema, settlementParamsSchema } from './schemas';
import { toSettlementBody, toSettlementDetailBody } from './serialize';

/** Our additions beside A.8's reconciliation (served by the charge lookup's path, lib/charges/operations.ts): settlements and their lines. */

const TAG = 'Settlements';

/** How settlement works, shared by the routes' descriptions. */
export const SETTLEMENT_RULES =
  'A captured card charge (`confirmed`) or a paid boleto (`pending`) holds its net in the wallet’s `pending` balance until its ' +
  'settlement day: D+1 business day on the Brazilian banking calendar by default (a merchant may have its own delay per method), ' +
  'counted from the capture or payment day in America/Sao_Paulo. An hourly run then moves what `pending` holds for the charge to ' +
  '`available` (ledger kind `settlement`), marks the charge `paid` (the `charge.paid` webhook) and adds it to the wallet’s ' +
  'settlement of that day. A refund before settlement is taken from `pending`, so the charge settles its rest; a charge fully ' +
  'refunded or under dispute does not settle. A Pix lands in `available` when paid and needs no settlement.';

export const listSettlementsOperation = defineOperation({
  operationId: 'listSettlements',
  method: 'get',
  path: '/api/v1/bank/wallet/settlements/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'List settlements, newest first',
  description:
    'Our addition: one settlement per wallet, day and currency. ' +
    SETTLEMENT_RULES +
    ' A settlement’s `net_amount` is the sum of its lines’ and equals, to the centavo, what the ledger moved `pending` → ' +
    '`available` for them (ledger kind `settlement`; `gross_amount − total_fees − refunded_net_amount = net_amount`). ' +
    'A55 paging (`page`, `limit` ≤ 100) in the shape `{page, limit, total, pages, has_more, next_cursor, data}`.',
  query: settlementListQuerySchema,
  responses: { 200: { description: 'A page of settlements', schema: settlementListSchema } },
  handler: async ({ db, actor, query }) => ({ body: a55ListBody(query, await listSettlements(db, callerFromApi(actor), query), toSettlementBody) }),
});

export const getSettlementOperation = defineOperation({
  operationId: 'getSettlement',
  method: 'get',
  path: '/api/v1/bank/wallet/settlements/{settlement_uuid}/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'Get a settlement with its lines',
  description:
    'Our addition: the settlement and one line per charge with reference A.8’s fields (`gross_amount`, `mdr_amount` the ' +
    'percentage part of the fee, `processing_fee` the fixed part, `total_fees`, `net_amount`, …) and ours: `refunded_net_amount`, ' +
    'what refunds took out of `pending` before settlement, and `captured_at`. Each line’s `net_amount` is the ledger movement ' +
    '(kind `settlement`, referencing the charge) that moved it to `available`.',
  params: documented(settlementParamsSchema, { settlement_uuid: { description: 'The settlement', example: 'a1b2c3d4-0000-4000-8000-0000000000ee' } }),
  responses: { 200: { description: 'The settlement and its lines', schema: settlementDetailSchema } },
  errors: { 404: ['errors.settlement.not_found'] },
  handler: async ({ db, actor, params }) => ({ body: toSettlementDetailBody(await getSettlement(db, callerFromApi(actor), params.settlement_uuid)) }),
});

export const settleNowOperation = defineOperation({
  operationId: 'simulateSettlement',
  method: 'post',
  path: '/api/v1/sandbox/settlements/run',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: 'Sandbox',
  summary: 'Settle the account’s awaiting charges now (sandbox)',
  description:
    'Runs settlement now for every charge of the account (or of `wallet_uuid`) that awaits it, without waiting for its delay: ' +
    'each moves to `paid` with the `charge.paid` webhook and joins today’s settlement of its wallet, as the hourly run does on ' +
    'its settlement day. In production this route does not exist (404 `NOT_FOUND`). ' +
    SETTLEMENT_RULES,
  body: z.object({ wallet_uuid: z.uuid().optional() }).optional().meta({ id: 'SimulateSettlementRequest' }),
  responses: {
    200: {
      description: 'How many charges settled (and failed, logged for the operators)',
      schema: z.object({ settled: z.number().int(), failed: z.number().int() }).meta({ id: 'SimulateSettlementAnswer' }),
    },
  },
  errors: { 404: ['errors.wallet.not_found', 'NOT_FOUND'] },
  handler: async ({ db, actor, body }) => ({ body: await settleNowForSandbox(db, callerFromApi(actor), body?.wallet_uuid) }),
});

export const settlementOperations = [listSettlementsOperation, getSettlementOperation, settleNowOperation];
