import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { errorResponses, idempotencyHeaders, jsonBody, jsonResponse, security } from '@/lib/openapi/shared';
import {
  createWalletResponseSchema,
  createWalletSchema,
  walletListQuerySchema,
  walletListSchema,
  walletLookupSchema,
  walletSchema,
} from './schemas';

const TAG = 'Payment wallets';
const walletPath = z.object({ wallet_uuid: z.uuid().meta({ description: 'The wallet', example: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' }) });

/** The A55 payment wallet routes (seed 001, reference A.2) and their lifecycle (seed 003). */
export function registerWalletPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: 'post',
    path: '/api/v1/bank/wallet/',
    operationId: 'createWallet',
    tags: [TAG],
    summary: 'Create a payment wallet',
    description:
      'Creates a wallet in one currency for a merchant of your entity (omit `merchant_uuid` to create a merchant named after ' +
      'the wallet). One live wallet per merchant and currency: a second one is a 409 `errors.wallet.already_exists`, even ' +
      'under racing requests; a deactivated wallet frees its slot. With `create_credentials: true` the answer carries OAuth ' +
      'credentials confined to this wallet; the `client_secret` is shown only here. Another entity or merchant answers 404 ' +
      'exactly as a missing one would. Account-level tokens only.',
    security: security('wallet:write'),
    request: { headers: idempotencyHeaders, body: jsonBody(createWalletSchema) },
    responses: {
      200: jsonResponse('The wallet, with `credentials` when requested', createWalletResponseSchema),
      ...errorResponses('a55', 400, 401, 403, 404, 409, 500),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/bank/wallet/',
    operationId: 'lookupWallet',
    tags: [TAG],
    summary: 'Look up one wallet by wallet_uuid, email or customer_id',
    description:
      'Give at least one of `wallet_uuid`, `email` (case-insensitive) or `customer_id`, optionally narrowed by `currency`. ' +
      'When the criteria fit several wallets the answer is 409 `errors.wallet.ambiguous_lookup`: add `currency` or use ' +
      '`GET /api/v1/bank/wallets/`.',
    security: security('wallet:read'),
    request: { query: walletLookupSchema },
    responses: { 200: jsonResponse('The wallet', walletSchema), ...errorResponses('a55', 400, 401, 403, 404, 409, 500) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/bank/wallet/{wallet_uuid}/',
    operationId: 'getWallet',
    tags: [TAG],
    summary: 'Get a wallet: status, currency, balance and creation time',
    description: 'A wallet-level token reaches only its own wallet; any other answers 404 like a missing one.',
    security: security('wallet:read'),
    request: { params: walletPath },
    responses: { 200: jsonResponse('The wallet', walletSchema), ...errorResponses('a55', 400, 401, 403, 404, 500) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/bank/wallets/',
    operationId: 'listWallets',
    tags: [TAG],
    summary: 'List payment wallets, newest first',
    description: 'Paged with `page` and `limit` (at most 100) in the A55 list shape. A wallet-level token sees only its wallet.',
    security: security('wallet:read'),
    request: { query: walletListQuerySchema },
    responses: { 200: jsonResponse('A page of wallets', walletListSchema), ...errorResponses('a55', 400, 401, 403, 500) },
  });

  for (const action of ['deactivate', 'reactivate'] as const) {
    registry.registerPath({
      method: 'post',
      path: `/api/v1/bank/wallet/{wallet_uuid}/${action}/`,
      operationId: `${action}Wallet`,
      tags: [TAG],
      summary: action === 'deactivate' ? 'Deactivate a wallet' : 'Reactivate a deactivated wallet',
      description:
        action === 'deactivate'
          ? 'An active wallet becomes `deactivated`: still readable, but it accepts no new charges (409 `errors.wallet.not_active`). ' +
            'Repeating the call answers the wallet unchanged. Account-level tokens only.'
          : 'A deactivated wallet becomes `active` again, unless the merchant opened another wallet in its currency meanwhile ' +
            '(409 `errors.wallet.already_exists`). Repeating the call answers the wallet unchanged. Account-level tokens only.',
      security: security('wallet:write'),
      request: { params: walletPath, headers: idempotencyHeaders },
      responses: { 200: jsonResponse('The wallet after the change', walletSchema), ...errorResponses('a55', 400, 401, 403, 404, 409, 500) },
    });
  }
}
