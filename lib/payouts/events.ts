import { z } from 'zod';
import { PAYOUT_STATUSES, PAYOUT_TYPES } from '@/db/schema/payouts';
import { defineEvent } from '@/lib/webhooks/define-event';
import { a55Payload, platformEnvelope, type StoredEvent } from '@/lib/webhooks/payloads';

// Reference A.7's payout webhook: `{payout_uuid, status, transaction_reference, external_id,
// type_payout, payment_code, authorization_code}`, sent to the payout's own `webhook_url` and to
// the account's subscribed endpoints; the platform envelope adds the wallet and amounts.

const minorUnits = z.string().regex(/^\d+$/, 'minor units as digits');

const payoutData = z.object({
  payout_uuid: z.uuid(),
  wallet_uuid: z.uuid(),
  status: z.enum(PAYOUT_STATUSES),
  transaction_reference: z.string(),
  external_id: z.string().nullable(),
  type_payout: z.enum(PAYOUT_TYPES),
  authorization_code: z.string().nullable(),
  amount_minor: minorUnits,
  fee_minor: minorUnits,
  currency: z.string(),
  reason: z.string().nullable(),
});
export type PayoutEventData = z.output<typeof payoutData>;

function a55Body({ data }: StoredEvent<PayoutEventData>) {
  return {
    payout_uuid: data.payout_uuid,
    status: data.status,
    transaction_reference: data.transaction_reference,
    external_id: data.external_id,
    type_payout: data.type_payout,
    payment_code: null,
    authorization_code: data.authorization_code,
  };
}

export const payoutStatusChanged = defineEvent(
  { type: 'payout.status_changed', label: 'A payout changed status (issued, realized, returned, error…)', subject: 'payout', data: payoutData },
  {
    a55: a55Payload({ body: a55Body }),
    platform: platformEnvelope({
      operation: 'PAYOUT',
      subOperation: 'STATUS_CHANGED',
      reason: (data) => data.reason,
      data: (event) => ({ ...a55Body(event), wallet_uuid: event.data.wallet_uuid, amount_minor: event.data.amount_minor, fee_minor: event.data.fee_minor, currency: event.data.currency }),
    }),
  },
);

export const payoutEvents = [payoutStatusChanged] as const;
