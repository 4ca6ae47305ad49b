import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { money } from '@/lib/money/money';
import { documented } from '@/lib/openapi/shared';
import { qiPagination } from '@/lib/pagination/keyset';
import { createCreditWallet } from './create-wallet';
import { toNewCreditWallet } from './from-wire';
import { updateWalletLimit } from './limits';
import { getCreditWallet, listCreditWallets } from './queries';
import { listCreditWalletsQuerySchema, walletKeyParamsSchema, walletLimitParamsSchema } from './query-schemas';
import { createdCreditWalletSchema, creditWalletListSchema, creditWalletSchema, walletLimitSchema } from './response-schemas';
import { createCreditWalletSchema, walletLimitUpdateSchema } from './schemas';
import { createdWalletBody, walletDetailBody, walletLimitBody, walletSummaryBody } from './wire';

/** The QI credit wallet routes (seeds 002 and 004, reference B.1–B.4). */

const TAG = 'Credit wallets';
// Path keys are parsed as plain text (a malformed key is a 404 like an unknown one), and documented so.
const KEY_EXAMPLE = '8cb70dea-9fb0-4a68-9572-99a72849c8d6';
const walletKeyPath = documented(walletKeyParamsSchema, { wallet_key: { description: 'The wallet (`wallet_key`)', example: KEY_EXAMPLE } });
const walletLimitPath = documented(walletLimitParamsSchema, {
  wallet_key: { description: 'The wallet (`wallet_key`)', example: KEY_EXAMPLE },
  wallet_limit_key: { description: 'The limit (`wallet_limit_key`)', example: KEY_EXAMPLE },
});

export const createCreditWalletOperation = defineOperation({
  operationId: 'createCreditWallet',
  method: 'post',
  path: '/api/v1/credit/wallet',
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: TAG,
  summary: 'Create a credit wallet',
  description:
    'Send `owner` (a natural or legal person, with CPF/CNPJ check digits; the alphanumeric CNPJ is accepted) for KYC: ' +
    '202 with `wallet_status: pending_analysis` and `owner_person_key: null`. Or send the `person_key` of an approved ' +
    'person: 201 with an active wallet, 404 `CIN000062` when unknown. Never both. `request_control_key` (UUID v4, at the ' +
    'top level or inside `owner`) is unique per account: a repeat is 409 `CIN000099`. One open (pending or active) wallet ' +
    'per owner and `wallet_type`: another is 409 `CIN000043`. Bad fields are 400 `QIT000001` naming each one in ' +
    '`extra_fields`; a legal representative with an invalid CPF is 400 `CIN000002`; invoice dates too close or ' +
    'misconfigured are 400 `CIN000063`/`CIN000064`/`CIN000065`. Payroll wallets need `limits.payroll_withdraw_limit` ' +
    'and carry no interest fields. An account that has not contracted credit wallets gets 403 `WLT000014`; one whose ' +
    'quota is used up (pending and active wallets count, rejected and deactivated ones do not) gets 422 `WLT000015`. ' +
    'Account-level tokens only.',
  body: createCreditWalletSchema,
  responses: {
    201: { description: 'An active wallet for an existing person', schema: createdCreditWalletSchema },
    202: { description: 'A wallet waiting for KYC analysis', schema: createdCreditWalletSchema },
  },
  errors: {
    400: ['CIN000002', 'CIN000063', 'CIN000064', 'CIN000065'],
    403: ['WLT000014'],
    404: ['CIN000062'],
    409: ['CIN000099', 'CIN000043'],
    422: ['WLT000015'],
  },
  handler: async ({ db, actor, body }) => {
    const created = await createCreditWallet(db, callerFromApi(actor), toNewCreditWallet(body));
    return { status: created.status === 'active' ? 201 : 202, body: createdWalletBody(created) };
  },
});

export const getCreditWalletOperation = defineOperation({
  operationId: 'getCreditWallet',
  method: 'get',
  path: '/api/v1/credit/wallet/{wallet_key}',
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'Get a credit wallet with its invoice configuration and limits',
  description: 'An unknown wallet, another account’s, or one outside a wallet-level token answers 404 `WLT000001` alike.',
  params: walletKeyPath,
  responses: { 200: { description: 'The wallet', schema: creditWalletSchema } },
  errors: { 404: ['WLT000001'] },
  handler: async ({ db, actor, params }) => ({ body: walletDetailBody(await getCreditWallet(db, callerFromApi(actor), params.wallet_key)) }),
});

export const listCreditWalletsOperation = defineOperation({
  operationId: 'listCreditWallets',
  method: 'get',
  path: '/api/v1/credit/wallets',
  dialect: 'qi',
  auth: { scope: 'credit:read' },
  tag: TAG,
  summary: 'List credit wallets, newest first',
  description:
    'Filter by `owner_document_number` and `wallet_status`; paged by `page` and `page_size` (at most 100). The provider’s ' +
    'pagination block was cut off, so ours is `{page, page_size, total, total_pages, has_more, next_cursor}` beside `data`.',
  query: listCreditWalletsQuerySchema,
  responses: { 200: { description: 'A page of wallets, without their limits', schema: creditWalletListSchema } },
  handler: async ({ db, actor, query }) => {
    const page = await listCreditWallets(db, callerFromApi(actor), query);
    return { body: { data: page.rows.map(walletSummaryBody), pagination: qiPagination(query, page) } };
  },
});

export const updateCreditWalletLimitOperation = defineOperation({
  operationId: 'updateCreditWalletLimit',
  method: 'patch',
  path: '/api/v1/credit/wallet/{wallet_key}/wallet_limit/{wallet_limit_key}',
  dialect: 'qi',
  auth: { scope: 'credit:write' },
  tag: TAG,
  summary: 'Change a wallet limit',
  description:
    'Sets `limit_amount` of the postpaid credit limit (of default and payroll wallets). Below the used part: 400 ' +
    '`CIN000110`. A payroll withdrawal limit cannot be changed: 400 `WLT000003`. Unknown wallet: 404 `WLT000001`; ' +
    'unknown limit of that wallet: 404 `WLT000002`. A rejected or deactivated wallet’s limits are final: 409 `WLT000004`. ' +
    'Every change is audited.',
  params: walletLimitPath,
  body: walletLimitUpdateSchema,
  responses: { 200: { description: 'The limit after the change', schema: walletLimitSchema } },
  errors: { 400: ['CIN000110', 'WLT000003'], 404: ['WLT000001', 'WLT000002'], 409: ['WLT000004'] },
  handler: async ({ db, actor, params, body }) => {
    const limit = await updateWalletLimit(db, callerFromApi(actor), {
      walletKey: params.wallet_key,
      walletLimitKey: params.wallet_limit_key,
      limit: money(body.limit_amount, 'BRL'),
    });
    return { body: walletLimitBody(limit) };
  },
});

export const creditOperations = [createCreditWalletOperation, getCreditWalletOperation, listCreditWalletsOperation, updateCreditWalletLimitOperation];
