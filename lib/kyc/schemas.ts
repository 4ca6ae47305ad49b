import { z } from 'zod';
import { PERSON_TYPES } from '@/db/schema/credit';
import { cursorParamSchema } from '@/lib/pagination/keyset';

/**
 * The shapes of KYC decisions and of the operators' queue, shared by the review forms, their
 * server actions, the sandbox route and the OpenAPI document. Client-safe.
 */

export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** Why a wallet was rejected: the merchant and the webhook receiver read it, so it must say something. */
export const rejectionReasonSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'A reason is required to reject' : 'Expected text') })
  .trim()
  .min(REASON_MIN, `At least ${REASON_MIN} characters`)
  .max(REASON_MAX, `At most ${REASON_MAX} characters`);

export const kycRejectionSchema = z.object({ reason: rejectionReasonSchema });
export type KycRejectionInput = z.input<typeof kycRejectionSchema>;

/** `POST /api/v1/sandbox/wallets/{wallet_uuid}/kyc`: what an operator would decide. */
export const sandboxKycDecisionSchema = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('approve') }),
    z.object({
      action: z.literal('reject'),
      reason: rejectionReasonSchema.meta({ description: 'Why; required to reject (3 to 500 characters, trimmed)', example: 'Document photo unreadable' }),
    }),
  ])
  .meta({ id: 'SandboxKycDecision', description: 'Approve, or reject with a reason' });
export type SandboxKycDecision = z.output<typeof sandboxKycDecisionSchema>;

export const kycQueueQuerySchema = z.object({
  entity_uuid: z.uuid('Expected an account id').optional(),
  person_type: z.enum(PERSON_TYPES).optional(),
  /** The owner's name (any part) or the start of its document, masked or not. */
  search: z.string().trim().min(1).max(100).optional(),
  page: z.coerce.number<string>().int().min(1).default(1),
  page_size: z.coerce.number<string>().int().min(1).max(100).default(20),
  starting_after: cursorParamSchema.optional(),
});
export type KycQueueQuery = z.output<typeof kycQueueQuerySchema>;
