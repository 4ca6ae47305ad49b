import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { LIMIT_TYPES } from '@/db/schema/credit';
import { WALLET_STATUSES } from '@/db/schema/wallets';
import { errorResponses, idempotencyHeaders, jsonBody, jsonResponse, security } from '@/lib/openapi/shared';
import { qiPaginationSchema } from '@/lib/pagination/keyset';
import { listCreditWalletsQuerySchema } from './query-schemas';
import {
  createCreditWalletSchema,
  creditInvoiceConfigurationSchema,
  creditPayrollInvoiceConfigurationSchema,
  walletLimitUpdateSchema,
} from './schemas';

const TAG = 'Credit wallets';
const uuid = (description: string) => z.uuid().meta({ description, example: '8cb70dea-9fb0-4a68-9572-99a72849c8d6' });
const amount = (description: string) => z.number().meta({ description, example: 5000.0 });

const walletKeyPath = z.object({ wallet_key: uuid('The wallet (`wallet_key`)') });
const walletLimitPath = walletKeyPath.extend({ wallet_limit_key: uuid('The limit (`wallet_limit_key`)') });

const createdWalletSchema = z
  .object({
    wallet_key: uuid('The new wallet'),
    owner_person_key: uuid('The owner; null until KYC approves a wallet opened with `owner`').nullable(),
    wallet_status: z.enum(['pending_analysis', 'active']),
  })
  .meta({ id: 'CreditWalletCreated' });

const walletLimitSchema = z
  .object({
    wallet_limit_key: uuid('The limit'),
    limit_type: z.enum(LIMIT_TYPES),
    limit_amount: amount('Total limit'),
    used_limit: amount('Used part of the limit'),
  })
  .meta({ id: 'WalletLimit' });

const walletSummary = {
  request_control_key: uuid('The client key the wallet was created with'),
  wallet_key: uuid('The wallet'),
  owner_person_key: uuid('The owner; null while the wallet waits for KYC').nullable(),
  owner_document_number: z.string().meta({ description: 'CPF or CNPJ of the owner', example: '12345678909' }),
  invoice_configuration: z.union([creditInvoiceConfigurationSchema, creditPayrollInvoiceConfigurationSchema]),
  wallet_status: z.enum(WALLET_STATUSES),
  wallet_type: z.enum(['default', 'payroll']),
};
const createdAt = z.string().meta({ description: 'Creation time, ISO 8601 UTC', example: '2024-01-15T10:30:00Z' });

const creditWalletSchema = z
  .object({ ...walletSummary, wallet_limits: z.array(walletLimitSchema), created_at: createdAt })
  .meta({ id: 'CreditWallet' });
const creditWalletListSchema = z
  .object({
    data: z.array(z.object({ ...walletSummary, created_at: createdAt }).meta({ id: 'CreditWalletSummary' })),
    pagination: qiPaginationSchema,
  })
  .meta({ id: 'CreditWalletList' });

/** The QI credit wallet routes (seeds 002 and 004, reference B.1–B.4). */
export function registerCreditPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: 'post',
    path: '/api/v1/credit/wallet',
    operationId: 'createCreditWallet',
    tags: [TAG],
    summary: 'Create a credit wallet',
    description:
      'Send `owner` (a natural or legal person, with CPF/CNPJ check digits; the alphanumeric CNPJ is accepted) for KYC: ' +
      '202 with `wallet_status: pending_analysis` and `owner_person_key: null`. Or send the `person_key` of an approved ' +
      'person: 201 with an active wallet, 404 `CIN000062` when unknown. Never both. `request_control_key` (UUID v4, at the ' +
      'top level or inside `owner`) is unique per account: a repeat is 409 `CIN000099`. One open (pending or active) wallet ' +
      'per owner and `wallet_type`: another is 409 `CIN000043`. Bad fields are 400 `QIT000001` naming each one in ' +
      '`extra_fields`; a legal representative with an invalid CPF is 400 `CIN000002`; invoice dates too close or ' +
      'misconfigured are 400 `CIN000063`/`CIN000064`/`CIN000065`. Payroll wallets need `limits.payroll_withdraw_limit` ' +
      'and carry no interest fields. Account-level tokens only.',
    security: security('credit:write'),
    request: { headers: idempotencyHeaders, body: jsonBody(createCreditWalletSchema) },
    responses: {
      201: jsonResponse('An active wallet for an existing person', createdWalletSchema),
      202: jsonResponse('A wallet waiting for KYC analysis', createdWalletSchema),
      ...errorResponses('qi', 400, 401, 403, 404, 409, 500),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/credit/wallet/{wallet_key}',
    operationId: 'getCreditWallet',
    tags: [TAG],
    summary: 'Get a credit wallet with its invoice configuration and limits',
    description: 'An unknown wallet, another account’s, or one outside a wallet-level token answers 404 `WLT000001` alike.',
    security: security('credit:read'),
    request: { params: walletKeyPath },
    responses: { 200: jsonResponse('The wallet', creditWalletSchema), ...errorResponses('qi', 401, 403, 404, 500) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/credit/wallets',
    operationId: 'listCreditWallets',
    tags: [TAG],
    summary: 'List credit wallets, newest first',
    description: 'Filter by `owner_document_number` and `wallet_status`; paged by `page` and `page_size` (at most 100).',
    security: security('credit:read'),
    request: { query: listCreditWalletsQuerySchema },
    responses: { 200: jsonResponse('A page of wallets, without their limits', creditWalletListSchema), ...errorResponses('qi', 400, 401, 403, 500) },
  });

  registry.registerPath({
    method: 'patch',
    path: '/api/v1/credit/wallet/{wallet_key}/wallet_limit/{wallet_limit_key}',
    operationId: 'updateCreditWalletLimit',
    tags: [TAG],
    summary: 'Change a wallet limit',
    description:
      'Sets `limit_amount` of the postpaid credit limit (of default and payroll wallets). Below the used part: 400 ' +
      '`CIN000110`. A payroll withdrawal limit cannot be changed: 400 `WLT000003`. Unknown wallet: 404 `WLT000001`; ' +
      'unknown limit of that wallet: 404 `WLT000002`. Every change is audited.',
    security: security('credit:write'),
    request: { params: walletLimitPath, headers: idempotencyHeaders, body: jsonBody(walletLimitUpdateSchema) },
    responses: { 200: jsonResponse('The limit after the change', walletLimitSchema), ...errorResponses('qi', 400, 401, 403, 404, 500) },
  });
}
