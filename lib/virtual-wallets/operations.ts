import { defineOperation, type Operation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { documented } from '@/lib/openapi/shared';
import { createVirtualWallet } from './create';
import { depositCode } from './deposit-code';
import { updateHoldingConfiguration } from './holding';
import { deactivateVirtualWallet, reactivateVirtualWallet } from './lifecycle';
import { holdingHistory, holdingOverview, HISTORY_TIME_ZONE } from './overview';
import { getVirtualWallet, listDeposits, listVirtualWallets } from './queries';
import {
  depositCodeSchema,
  holdingHistorySchema,
  holdingSchema,
  virtualDepositListSchema,
  virtualDepositSchema,
  virtualStatementSchema,
  virtualTransferSchema,
  virtualWalletListSchema,
  virtualWalletSchema,
} from './response-schemas';
import { simulateVirtualDeposit } from './sandbox';
import {
  createVirtualWalletSchema,
  depositCodeQuerySchema,
  depositListQuerySchema,
  holdingConfigurationSchema,
  holdingHistoryQuerySchema,
  holdingParamsSchema,
  sandboxDepositParamsSchema,
  simulateDepositSchema,
  transferSchema,
  virtualStatementQuerySchema,
  virtualWalletListQuerySchema,
  virtualWalletParamsSchema,
} from './schemas';
import {
  toDepositBody,
  toDepositCodeBody,
  toDepositListBody,
  toHoldingBody,
  toHoldingHistoryBody,
  toStatementBody,
  toTransferBody,
  toVirtualWalletBody,
  toVirtualWalletListBody,
} from './serialize';
import { virtualWalletStatement } from './statement';
import { transferToVirtualWallet } from './transfers';

/**
 * Holding and virtual wallets (DESIGN §2.2, seed 003 in fiat): our addition in the A55 style under
 * `/api/v1/bank/wallet/{wallet_uuid}/virtual/…` and `…/holding/`, and the sandbox's deposit.
 */

const TAG = 'Virtual wallets';
const WALLET_NOT_FOUND = 'errors.wallet.not_found';
const NOT_FOUND = [WALLET_NOT_FOUND, 'errors.virtual_wallet.not_found'];
const holdingExample = { description: 'The holding: one of your BRL payment wallets', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' };
const virtualExample = { description: 'The virtual wallet', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };
const holdingPath = documented(holdingParamsSchema, { wallet_uuid: holdingExample });
const virtualPath = documented(virtualWalletParamsSchema, { wallet_uuid: holdingExample, virtual_wallet_uuid: virtualExample });

const MODEL =
  'A payment wallet in reais acts as the **holding** of many virtual wallets, one per end customer, each with a virtual ' +
  'balance and its own Pix txid. A deposit to a virtual wallet credits its balance at once while the money lands in the ' +
  "holding's `available` balance; the holding owes its virtual wallets the sum of their balances. ";
const LEDGER =
  "Ledger: each virtual wallet's balance is its own `virtual_balance` account (never negative); the holding's " +
  '`virtual_allocated` account carries minus their sum (never above zero). A deposit posts Pix clearing −X, holding ' +
  '`available` +X, `virtual_balance` +X, `virtual_allocated` −X; a transfer posts only the last two. ';

export const createVirtualWalletOperation = defineOperation({
  operationId: 'createVirtualWallet',
  method: 'post',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: 'Create a virtual wallet under a holding wallet',
  description:
    MODEL +
    'The holding is an active BRL payment wallet of the caller (another currency: 422 `errors.virtual_wallet.currency_not_supported`; ' +
    'not active: 409 `errors.wallet.not_active`); it becomes a holding, with the default configuration, on its first virtual wallet. ' +
    '`reference` is your id for the end customer, unique per holding (409 `errors.virtual_wallet.reference_taken`). ' +
    'The account must have contracted virtual wallets (403 `product_not_contracted`) with room under its quota, which counts ' +
    'active virtual wallets (422 `product_quota_exceeded`).',
  params: holdingPath,
  body: createVirtualWalletSchema,
  responses: { 201: { description: 'The virtual wallet, active, balance 0', schema: virtualWalletSchema } },
  errors: {
    403: ['product_not_contracted'],
    404: [WALLET_NOT_FOUND],
    409: ['errors.wallet.not_active', 'errors.virtual_wallet.reference_taken'],
    422: ['errors.virtual_wallet.currency_not_supported', 'product_quota_exceeded'],
  },
  handler: async ({ db, actor, params, body }) => ({
    status: 201 as const,
    body: toVirtualWalletBody(await createVirtualWallet(db, callerFromApi(actor), params.wallet_uuid, body)),
  }),
});

export const listVirtualWalletsOperation = defineOperation({
  operationId: 'listVirtualWallets',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: "List a holding's virtual wallets",
  description:
    'Newest first with their balances, in the A55 envelope `{page, limit, total, pages, has_more, next_cursor, data}`: `page` and ' +
    '`limit` (≤ 100, default 10), or `starting_after` (the `next_cursor` of the previous page) for deep pages. `status` narrows ' +
    'to `active` or `deactivated`; `search` matches part of the name or the reference, in any case.',
  params: holdingPath,
  query: virtualWalletListQuerySchema,
  responses: { 200: { description: 'A page of virtual wallets', schema: virtualWalletListSchema } },
  errors: { 404: [WALLET_NOT_FOUND] },
  handler: async ({ db, actor, params, query }) => {
    const { page } = await listVirtualWallets(db, callerFromApi(actor), params.wallet_uuid, query);
    return { body: toVirtualWalletListBody(query, page) };
  },
});

export const getVirtualWalletOperation = defineOperation({
  operationId: 'getVirtualWallet',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'Get a virtual wallet, with its balance',
  description: "Another account's, another holding's or a missing virtual wallet answers 404 `errors.virtual_wallet.not_found`.",
  params: virtualPath,
  responses: { 200: { description: 'The virtual wallet', schema: virtualWalletSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, params }) => ({
    body: toVirtualWalletBody(await getVirtualWallet(db, callerFromApi(actor), params.wallet_uuid, params.virtual_wallet_uuid)),
  }),
});

export const deactivateVirtualWalletOperation = defineOperation({
  operationId: 'deactivateVirtualWallet',
  method: 'post',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/deactivate/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: 'Deactivate a virtual wallet',
  description:
    'It takes no more deposits (a payment to its code is refused, recorded and announced by `virtual_wallet.deposit_refused`) ' +
    'nor transfers in, and leaves the quota\'s pool. Its balance stays owed to its customer: still counted in the holding\'s ' +
    'reserve, and it can still be moved back with a `to_holding` transfer. Sends `virtual_wallet.deactivated`; repeating the ' +
    'call answers the wallet unchanged.',
  params: virtualPath,
  responses: { 200: { description: 'The virtual wallet, deactivated', schema: virtualWalletSchema } },
  errors: { 404: NOT_FOUND, 409: ['errors.virtual_wallet.invalid_status'] },
  handler: async ({ db, actor, params }) => ({
    body: toVirtualWalletBody(await deactivateVirtualWallet(db, callerFromApi(actor), params.wallet_uuid, params.virtual_wallet_uuid)),
  }),
});

export const reactivateVirtualWalletOperation = defineOperation({
  operationId: 'reactivateVirtualWallet',
  method: 'post',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/reactivate/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: 'Reactivate a deactivated virtual wallet',
  description:
    'It takes deposits again and takes a slot of the quota again (422 `product_quota_exceeded` when none is left). Sends ' +
    '`virtual_wallet.reactivated`; repeating the call answers the wallet unchanged.',
  params: virtualPath,
  responses: { 200: { description: 'The virtual wallet, active', schema: virtualWalletSchema } },
  errors: { 403: ['product_not_contracted'], 404: NOT_FOUND, 409: ['errors.virtual_wallet.invalid_status'], 422: ['product_quota_exceeded'] },
  handler: async ({ db, actor, params }) => ({
    body: toVirtualWalletBody(await reactivateVirtualWallet(db, callerFromApi(actor), params.wallet_uuid, params.virtual_wallet_uuid)),
  }),
});

export const transferVirtualWalletOperation = defineOperation({
  operationId: 'transferVirtualWallet',
  method: 'post',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/transfer/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: 'Move money between the holding and a virtual wallet',
  description:
    '`to_virtual` (the default) credits an active virtual wallet from the holding, even beyond the holding\'s own funds ' +
    "(seed 003's leverage), as long as the sum of virtual balances stays within the holding's `available` balance plus its " +
    '`leverage_ceiling` (default 0); past it 422 `errors.virtual_wallet.leverage_ceiling_exceeded` with `details.headroom`. ' +
    '`to_holding` takes money back out of a virtual wallet (a deactivated one too), at most its balance (422 ' +
    '`errors.virtual_wallet.insufficient_balance`). Only virtual balances move; the real money stays in `available`. ' +
    'Deposits, transfers and payouts of one holding are decided one at a time. Sends `virtual_wallet.transfer`. ' +
    LEDGER,
  params: virtualPath,
  body: transferSchema,
  responses: { 201: { description: 'The transfer, with the virtual balance after it', schema: virtualTransferSchema } },
  errors: {
    404: NOT_FOUND,
    409: ['errors.wallet.not_active', 'errors.virtual_wallet.not_active'],
    422: ['errors.virtual_wallet.leverage_ceiling_exceeded', 'errors.virtual_wallet.insufficient_balance', 'errors.virtual_wallet.currency_not_supported'],
  },
  handler: async ({ db, actor, params, body }) => ({
    status: 201 as const,
    body: toTransferBody(
      await transferToVirtualWallet(db, callerFromApi(actor), params.wallet_uuid, params.virtual_wallet_uuid, {
        amountMinor: body.amount,
        direction: body.direction,
        description: body.description,
      }),
    ),
  }),
});

export const virtualWalletStatementOperation = defineOperation({
  operationId: 'getVirtualWalletStatement',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/statement/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: "A virtual wallet's statement, newest first",
  description:
    'Every entry on its virtual balance (deposits credited, transfers in and out), with the transaction that explains it and ' +
    'the balance right after it. By cursor: `limit` (1–100, default 20) and `starting_after` (the `next_cursor` of the ' +
    'previous page). Refused deposits move nothing, so they are not here: see `GET …/holding/deposits/`.',
  params: virtualPath,
  query: virtualStatementQuerySchema,
  responses: { 200: { description: 'A page of entries', schema: virtualStatementSchema } },
  errors: { 404: NOT_FOUND },
  handler: async ({ db, actor, params, query }) => ({
    body: toStatementBody(
      await virtualWalletStatement(db, callerFromApi(actor), params.wallet_uuid, params.virtual_wallet_uuid, { limit: query.limit, startingAfter: query.starting_after }),
    ),
  }),
});

export const virtualWalletDepositCodeOperation = defineOperation({
  operationId: 'getVirtualWalletDepositCode',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/virtual/{virtual_wallet_uuid}/deposit-code/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: "A virtual wallet's Pix deposit code (BR Code and QR)",
  description:
    "A static BR Code on the account's Pix key with the virtual wallet's own txid, which the Pix provider hands back with each " +
    'payment so it is credited to this wallet. Without `amount` it is reusable (point of initiation 11, the payer types the ' +
    'amount); with one it fixes it (12). A deposit under the holding\'s `minimum_deposit` is refused and reported, not lost. ' +
    'The account needs a Pix key (422 `errors.pix.key_not_configured`).',
  params: virtualPath,
  query: depositCodeQuerySchema,
  responses: { 200: { description: 'The deposit code', schema: depositCodeSchema } },
  errors: { 404: NOT_FOUND, 422: ['errors.pix.key_not_configured'] },
  handler: async ({ db, actor, params, query }) => ({
    body: toDepositCodeBody(await depositCode(db, callerFromApi(actor), params.wallet_uuid, params.virtual_wallet_uuid, query.amount)),
  }),
});

export const getHoldingOperation = defineOperation({
  operationId: 'getHolding',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/holding/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'The holding view: real balance against the virtual balances',
  description:
    MODEL +
    'This answers the holding\'s configuration and where it stands: `real_balance` (`available`), `virtual_balance_total`, the ' +
    'ratio held, the reserve payouts must leave, and what payouts and transfers may still move. Any payment wallet of the caller ' +
    'answers; one without virtual wallets shows the defaults (`is_holding: false`).',
  params: holdingPath,
  responses: { 200: { description: 'The holding', schema: holdingSchema } },
  errors: { 404: [WALLET_NOT_FOUND] },
  handler: async ({ db, actor, params }) => ({ body: toHoldingBody(await holdingOverview(db, callerFromApi(actor), params.wallet_uuid)) }),
});

export const updateHoldingOperation = defineOperation({
  operationId: 'updateHoldingConfiguration',
  method: 'put',
  path: '/api/v1/bank/wallet/{wallet_uuid}/holding/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: "Set a holding's configuration",
  description:
    'Replaces all three figures: `minimum_deposit` (> 0; default 1.00), `leverage_ceiling` (≥ 0; default 0), `reserve_ratio_bps` ' +
    '(0–10000; default 10000, a full reserve). They govern what comes next (a lower ceiling or a higher reserve refuses later ' +
    'transfers or payouts; nothing already done is undone). A BRL payment wallet only; account-level tokens only (403). Answers ' +
    'the holding view.',
  params: holdingPath,
  body: holdingConfigurationSchema,
  responses: { 200: { description: 'The holding, under its new configuration', schema: holdingSchema } },
  errors: { 404: [WALLET_NOT_FOUND], 422: ['errors.virtual_wallet.currency_not_supported'] },
  handler: async ({ db, actor, params, body }) => {
    const caller = callerFromApi(actor);
    await updateHoldingConfiguration(db, caller, params.wallet_uuid, {
      minimumDepositMinor: body.minimum_deposit,
      leverageCeilingMinor: body.leverage_ceiling,
      reserveRatioBps: body.reserve_ratio_bps,
    });
    return { body: toHoldingBody(await holdingOverview(db, caller, params.wallet_uuid)) };
  },
});

export const holdingHistoryOperation = defineOperation({
  operationId: 'getHoldingHistory',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/holding/history/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: "The holding's real and virtual balances day by day",
  description:
    `For each of the last \`days\` days (default 30, today so far included), oldest first: \`available\` and the sum of the ` +
    `virtual balances at the day's end in ${HISTORY_TIME_ZONE}, and the ratio between them, read from the ledger's own ` +
    'running balances (exact, whatever moved the money).',
  params: holdingPath,
  query: holdingHistoryQuerySchema,
  responses: { 200: { description: 'The days', schema: holdingHistorySchema } },
  errors: { 404: [WALLET_NOT_FOUND] },
  handler: async ({ db, actor, params, query }) => ({ body: toHoldingHistoryBody(await holdingHistory(db, callerFromApi(actor), params.wallet_uuid, query.days)) }),
});

export const listHoldingDepositsOperation = defineOperation({
  operationId: 'listHoldingDeposits',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/holding/deposits/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: "Every Pix deposit to a holding's virtual wallets, credited or refused",
  description:
    'Newest first in the A55 envelope (`page`/`limit` or `starting_after`). A refused deposit (`reason`: `below_minimum`, ' +
    '`virtual_wallet_deactivated`, `holding_not_active`) moved nothing and is kept here with its end-to-end id, so the payer ' +
    'can be refunded. Filters: `status`, `virtual_wallet_uuid`.',
  params: holdingPath,
  query: depositListQuerySchema,
  responses: { 200: { description: 'A page of deposits', schema: virtualDepositListSchema } },
  errors: { 404: [WALLET_NOT_FOUND] },
  handler: async ({ db, actor, params, query }) => ({ body: toDepositListBody(query, await listDeposits(db, callerFromApi(actor), params.wallet_uuid, query)) }),
});

export const simulateVirtualDepositOperation = defineOperation({
  operationId: 'simulateVirtualDeposit',
  method: 'post',
  path: '/api/v1/sandbox/virtual-wallets/{virtual_wallet_uuid}/deposit',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: 'Sandbox',
  summary: "A payer pays a virtual wallet's BR Code (sandbox)",
  description:
    "Sends the payment through the same entry point a Pix provider's notification uses, with the virtual wallet's txid. " +
    "Credited (`virtual_wallet.deposit_received`), or refused and recorded (`virtual_wallet.deposit_refused`, FAILED with its " +
    'reason) when under the minimum or the wallet is deactivated; either way 201 with the deposit. The same `end_to_end_id` ' +
    'again answers 200 with the first deposit, crediting nothing twice. In production this route does not exist (404 `NOT_FOUND`).',
  params: documented(sandboxDepositParamsSchema, { virtual_wallet_uuid: virtualExample }),
  body: simulateDepositSchema,
  responses: {
    201: { description: 'The deposit: credited or refused', schema: virtualDepositSchema },
    200: { description: 'A replay of an end-to-end id already received: its deposit', schema: virtualDepositSchema },
  },
  errors: { 404: ['errors.virtual_wallet.not_found', 'NOT_FOUND'] },
  handler: async ({ db, actor, params, body }) => {
    const { deposit, replayed } = await simulateVirtualDeposit(db, callerFromApi(actor), params.virtual_wallet_uuid, {
      amountMinor: body.amount,
      payerName: body.payer_name,
      endToEndId: body.end_to_end_id,
    });
    return replayed ? { status: 200 as const, body: toDepositBody(deposit) } : { status: 201 as const, body: toDepositBody(deposit) };
  },
});

export const virtualWalletOperations: readonly Operation[] = [
  createVirtualWalletOperation,
  listVirtualWalletsOperation,
  getVirtualWalletOperation,
  deactivateVirtualWalletOperation,
  reactivateVirtualWalletOperation,
  transferVirtualWalletOperation,
  virtualWalletStatementOperation,
  virtualWalletDepositCodeOperation,
  getHoldingOperation,
  updateHoldingOperation,
  holdingHistoryOperation,
  listHoldingDepositsOperation,
  simulateVirtualDepositOperation,
];
