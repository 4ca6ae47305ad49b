import type { DbOrTx } from '@/db/client';
import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { availableBalances } from '@/lib/ledger/balances';
import { documented } from '@/lib/openapi/shared';
import { a55ListBody } from '@/lib/pagination/keyset';
import { createPaymentWallet } from './create';
import { toNewPaymentWallet } from './from-wire';
import { deactivatePaymentWallet, reactivatePaymentWallet } from './lifecycle';
import { getPaymentWallet, listPaymentWallets, lookupPaymentWallet, type PaymentWalletRow } from './queries';
import {
  createWalletResponseSchema,
  createWalletSchema,
  walletListQuerySchema,
  walletListSchema,
  walletLookupSchema,
  walletParamsSchema,
  walletSchema,
} from './schemas';
import { toCredentialsBody, toWalletBody } from './serialize';

/** The A55 payment wallet routes (seed 001, reference A.2) and their lifecycle (seed 003). */

const TAG = 'Payment wallets';
const walletPath = documented(walletParamsSchema, { wallet_uuid: { description: 'The wallet', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' } });
const NOT_FOUND = 'errors.wallet.not_found';

/** The wallet on the wire, its `balance` read from its available ledger account. */
async function withBalance(db: DbOrTx, row: PaymentWalletRow) {
  const balances = await availableBalances(db, [row.walletUuid]);
  return toWalletBody(row, balances.get(row.walletUuid) ?? 0n);
}

export const createWalletOperation = defineOperation({
  operationId: 'createWallet',
  method: 'post',
  path: '/api/v1/bank/wallet/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: 'Create a payment wallet',
  description:
    'Creates a wallet in one currency for a merchant of your entity (omit `merchant_uuid` to create a merchant named after ' +
    'the wallet). One live wallet per merchant and currency: a second one is a 409 `errors.wallet.already_exists`, even ' +
    'under racing requests; a deactivated wallet frees its slot. With `create_credentials: true` the answer carries OAuth ' +
    'credentials confined to this wallet; the `client_secret` is shown only here. Another entity or merchant answers 404 ' +
    'exactly as a missing one would. An account that has not contracted payment wallets gets 403 `product_not_contracted`; ' +
    'one whose quota is used up (by its wallets that are neither rejected nor deactivated) gets 422 `product_quota_exceeded`. ' +
    'Account-level tokens only.',
  body: createWalletSchema,
  responses: { 200: { description: 'The wallet, with `credentials` when requested', schema: createWalletResponseSchema } },
  errors: {
    403: ['product_not_contracted'],
    404: ['errors.entity.not_found', 'errors.merchant.not_found'],
    409: ['errors.wallet.already_exists'],
    422: ['product_quota_exceeded'],
  },
  handler: async ({ db, actor, body }) => {
    const { wallet, credentials } = await createPaymentWallet(db, callerFromApi(actor), toNewPaymentWallet(body));
    // Just created: no money has moved, so it has no ledger account yet and nothing to read.
    return { body: { ...toWalletBody(wallet, 0n), ...(credentials ? { credentials: toCredentialsBody(credentials) } : {}) } };
  },
});

export const lookupWalletOperation = defineOperation({
  operationId: 'lookupWallet',
  method: 'get',
  path: '/api/v1/bank/wallet/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'Look up one wallet by wallet_uuid, email or customer_id',
  description:
    'Give at least one of `wallet_uuid`, `email` (case-insensitive) or `customer_id`, optionally narrowed by `currency`. ' +
    'When the criteria fit several wallets the answer is 409 `errors.wallet.ambiguous_lookup`: add `currency` or use ' +
    '`GET /api/v1/bank/wallets/`.',
  query: walletLookupSchema,
  responses: { 200: { description: 'The wallet', schema: walletSchema } },
  errors: { 404: [NOT_FOUND], 409: ['errors.wallet.ambiguous_lookup'] },
  handler: async ({ db, actor, query }) => ({ body: await withBalance(db, await lookupPaymentWallet(db, callerFromApi(actor), query)) }),
});

export const getWalletOperation = defineOperation({
  operationId: 'getWallet',
  method: 'get',
  path: '/api/v1/bank/wallet/{wallet_uuid}/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'Get a wallet: status, currency, balance and creation time',
  description: 'A wallet-level token reaches only its own wallet; any other answers 404 like a missing one.',
  params: walletPath,
  responses: { 200: { description: 'The wallet', schema: walletSchema } },
  errors: { 404: [NOT_FOUND] },
  handler: async ({ db, actor, params }) => ({ body: await withBalance(db, await getPaymentWallet(db, callerFromApi(actor), params.wallet_uuid)) }),
});

export const listWalletsOperation = defineOperation({
  operationId: 'listWallets',
  method: 'get',
  path: '/api/v1/bank/wallets/',
  dialect: 'a55',
  auth: { scope: 'wallet:read' },
  tag: TAG,
  summary: 'List payment wallets, newest first',
  description:
    'Paged with `page` and `limit` (at most 100) in the A55 list shape `{page, limit, total, pages, has_more, next_cursor, data}`. ' +
    'A wallet-level token sees only its wallet.',
  query: walletListQuerySchema,
  responses: { 200: { description: 'A page of wallets', schema: walletListSchema } },
  handler: async ({ db, actor, query }) => {
    const page = await listPaymentWallets(db, callerFromApi(actor), query);
    const balances = await availableBalances(db, page.rows.map((row) => row.walletUuid));
    return { body: a55ListBody(query, page, (row) => toWalletBody(row, balances.get(row.walletUuid) ?? 0n)) };
  },
});

export const deactivateWalletOperation = defineOperation({
  operationId: 'deactivateWallet',
  method: 'post',
  path: '/api/v1/bank/wallet/{wallet_uuid}/deactivate/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: 'Deactivate a wallet',
  description:
    'An active wallet becomes `deactivated`: still readable, but it accepts no new charges (409 `errors.wallet.not_active`). ' +
    'Repeating the call answers the wallet unchanged. Account-level tokens only.',
  params: walletPath,
  responses: { 200: { description: 'The wallet after the change', schema: walletSchema } },
  errors: { 404: [NOT_FOUND], 409: ['errors.wallet.invalid_status'] },
  handler: async ({ db, actor, params }) => ({ body: await withBalance(db, await deactivatePaymentWallet(db, callerFromApi(actor), params.wallet_uuid)) }),
});

export const reactivateWalletOperation = defineOperation({
  operationId: 'reactivateWallet',
  method: 'post',
  path: '/api/v1/bank/wallet/{wallet_uuid}/reactivate/',
  dialect: 'a55',
  auth: { scope: 'wallet:write' },
  tag: TAG,
  summary: 'Reactivate a deactivated wallet',
  description:
    'A deactivated wallet becomes `active` again, unless the merchant opened another wallet in its currency meanwhile ' +
    '(409 `errors.wallet.already_exists`). Back in the pool, it takes a slot of the account\'s payment wallet quota: 403 ' +
    '`product_not_contracted` or 422 `product_quota_exceeded` when there is none. Repeating the call answers the wallet ' +
    'unchanged. Account-level tokens only.',
  params: walletPath,
  responses: { 200: { description: 'The wallet after the change', schema: walletSchema } },
  errors: { 403: ['product_not_contracted'], 404: [NOT_FOUND], 409: ['errors.wallet.already_exists', 'errors.wallet.invalid_status'], 422: ['product_quota_exceeded'] },
  handler: async ({ db, actor, params }) => ({ body: await withBalance(db, await reactivatePaymentWallet(db, callerFromApi(actor), params.wallet_uuid)) }),
});

export const walletOperations = [
  createWalletOperation,
  lookupWalletOperation,
  getWalletOperation,
  listWalletsOperation,
  deactivateWalletOperation,
  reactivateWalletOperation,
];
