import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { errorResponses, idempotencyHeaders, jsonBody, jsonResponse, security } from '@/lib/openapi/shared';
import { sandboxKycDecisionSchema } from './schemas';

const TAG = 'Sandbox';
const walletPath = z.object({
  wallet_uuid: z.uuid().meta({ description: 'A pending credit wallet of your account (its `wallet_key`)', example: '8cb70dea-9fb0-4a68-9572-99a72849c8d6' }),
});

const kycDecisionSchema = z
  .object({
    wallet_key: z.uuid().meta({ description: 'The wallet decided' }),
    owner_person_key: z.uuid().nullable().meta({ description: 'The owner, now a person; null after a rejection' }),
    wallet_status: z.enum(['active', 'rejected']),
    reason: z.string().nullable().meta({ description: 'Why it was rejected; null after an approval', example: 'Document photo unreadable' }),
  })
  .meta({ id: 'KycDecision', description: 'The decision, in the fields of the `baas.invoice.wallet` webhook, plus the reason' });

/** Seed 003's "Simulate" for KYC: our own addition, A55 style. */
export function registerKycPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: 'post',
    path: '/api/v1/sandbox/wallets/{wallet_uuid}/kyc',
    operationId: 'simulateKycDecision',
    tags: [TAG],
    summary: 'Simulate the KYC decision on a pending credit wallet (sandbox only)',
    description:
      'Approves or rejects one of your credit wallets in `pending_analysis` exactly as a platform operator would: an approval ' +
      'creates the owner person (`owner_person_key`) and makes the wallet `active`; a rejection makes it `rejected` with your ' +
      'reason and frees the owner to apply again. The decision is audited and sends the `wallet.kyc_approved` or ' +
      '`wallet.kyc_rejected` webhook (QI `baas.invoice.wallet`), so you can test your webhook handling. A decision is final: ' +
      'deciding again is a 409 `KYC_ALREADY_DECIDED`; a wallet that never waited for KYC is a 409 `KYC_NOT_PENDING`. ' +
      "Another account's wallet answers 404 like a missing one. In production this route does not exist (404 `NOT_FOUND`). " +
      'Also answered with a trailing slash.',
    security: security('credit:write'),
    request: { params: walletPath, headers: idempotencyHeaders, body: jsonBody(sandboxKycDecisionSchema) },
    responses: {
      200: jsonResponse('The wallet after the decision', kycDecisionSchema),
      ...errorResponses('a55', 400, 401, 403, 404, 409, 500),
    },
  });
}
