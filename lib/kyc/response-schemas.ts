import { z } from 'zod';

export const kycDecisionSchema = z
  .object({
    wallet_key: z.uuid().meta({ description: 'The wallet decided' }),
    owner_person_key: z.uuid().nullable().meta({ description: 'The owner, now a person; null after a rejection' }),
    wallet_status: z.enum(['active', 'rejected']),
    reason: z.string().nullable().meta({ description: 'Why it was rejected; null after an approval', example: 'Document photo unreadable' }),
  })
  .meta({ id: 'KycDecision', description: 'The decision, in the fields of the `baas.invoice.wallet` webhook, plus the reason' });
export type KycDecisionBody = z.input<typeof kycDecisionSchema>;
