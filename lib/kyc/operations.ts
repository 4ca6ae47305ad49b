import { z } from 'zod';
import { defineOperation } from '@/lib/api/operation';
import { callerFromApi } from '@/lib/auth/caller';
import { kycDecisionSchema } from './response-schemas';
import { kycDecisionBody, simulateKycDecision } from './sandbox';
import { sandboxKycDecisionSchema } from './schemas';

/** A malformed id names no wallet: 404 like an unknown or foreign one, so the path is plain text. */
const walletPath = z.object({
  wallet_uuid: z.string().meta({ description: 'A pending credit wallet of your account (its `wallet_key`)', example: '8cb70dea-9fb0-4a68-9572-99a72849c8d6' }),
});

/** Seed 003's "Simulate" for KYC: our own addition, A55 style. Production answers 404 (see the route's handler). */
export const simulateKycDecisionOperation = defineOperation({
  operationId: 'simulateKycDecision',
  method: 'post',
  path: '/api/v1/sandbox/wallets/{wallet_uuid}/kyc',
  dialect: 'a55',
  auth: { scope: 'credit:write' },
  tag: 'Sandbox',
  summary: 'Simulate the KYC decision on a pending credit wallet (sandbox only)',
  description:
    'Approves or rejects one of your credit wallets in `pending_analysis` exactly as a platform operator would: an approval ' +
    'creates the owner person (`owner_person_key`) and makes the wallet `active`; a rejection makes it `rejected` with your ' +
    'reason and frees the owner to apply again. The decision is audited and sends the `wallet.kyc_approved` or ' +
    '`wallet.kyc_rejected` webhook (QI `baas.invoice.wallet`), so you can test your webhook handling. A decision is final: ' +
    'deciding again is a 409 `KYC_ALREADY_DECIDED`; a wallet that never waited for KYC is a 409 `KYC_NOT_PENDING`. ' +
    "Another account's wallet answers 404 like a missing one. In production this route does not exist (404 `NOT_FOUND`). " +
    'Also answered with a trailing slash.',
  params: walletPath,
  body: sandboxKycDecisionSchema,
  responses: { 200: { description: 'The wallet after the decision', schema: kycDecisionSchema } },
  errors: { 404: ['errors.wallet.not_found', 'NOT_FOUND'], 409: ['KYC_ALREADY_DECIDED', 'KYC_NOT_PENDING'] },
  handler: async ({ db, actor, params, body }) => ({
    body: kycDecisionBody(await simulateKycDecision(db, callerFromApi(actor), params.wallet_uuid, body)),
  }),
});

export const kycOperations = [simulateKycDecisionOperation];
