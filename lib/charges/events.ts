import { z } from 'zod';
import { CHARGE_METHODS, CHARGE_STATUSES, type ChargeStatus } from '@/db/schema';
import { defineEvent } from '@/lib/webhooks/define-event';
import { a55Payload, platformEnvelope, type StoredEvent } from '@/lib/webhooks/payloads';

// The charge events. A leaf module (the webhook catalogue imports it). Each status a charge
// reaches is one event type, `charge.<status>`, plus `charge.refund` for a partial refund that
// leaves the status as it was. In the A55 format the body is reference A.9's payload: the minimal
// fields first, then the older version's amount, currency, times, error and refund fields.

export const CHARGE_OPERATION = 'CHARGE';

export const chargeEventDataSchema = z.object({
  charge_uuid: z.string().min(1),
  wallet_uuid: z.string().min(1),
  status: z.enum(CHARGE_STATUSES),
  type_charge: z.enum(CHARGE_METHODS),
  amount: z.string(),
  currency: z.string().length(3),
  created_at: z.string(),
  updated_at: z.string(),
  payment_link_uuid: z.string().nullable(),
  error_code: z.string().nullable().optional(),
  error_message: z.string().nullable().optional(),
  refund_amount: z.string().nullable().optional(),
  chargeback_reason: z.string().nullable().optional(),
});
export type ChargeEventData = z.output<typeof chargeEventDataSchema>;

function a55ChargeBody({ data }: StoredEvent<ChargeEventData>) {
  return {
    charge_uuid: data.charge_uuid,
    status: data.status,
    transaction_reference: data.charge_uuid,
    subscription_uuid: null,
    payment_link_uuid: data.payment_link_uuid,
    amount: data.amount,
    currency: data.currency,
    created_at: data.created_at,
    updated_at: data.updated_at,
    ...(data.error_code ? { error_code: data.error_code, error_message: data.error_message ?? null } : {}),
    ...(data.refund_amount ? { refund_amount: data.refund_amount } : {}),
    ...(data.chargeback_reason ? { chargeback_reason: data.chargeback_reason } : {}),
  };
}

function chargeEvent<const Type extends string>(type: Type, label: string, subOperation: string, failed = false) {
  return defineEvent(
    { type, label, subject: 'charge', data: chargeEventDataSchema },
    {
      a55: a55Payload({ body: a55ChargeBody }),
      platform: platformEnvelope({
        operation: CHARGE_OPERATION,
        subOperation,
        status: failed ? 'FAILED' : 'SUCCESS',
        reason: (data) => data.error_message ?? null,
        data: (event) => ({ ...a55ChargeBody(event), wallet_uuid: event.data.wallet_uuid, type_charge: event.data.type_charge }),
      }),
    },
  );
}

export const chargeIssued = chargeEvent('charge.issued', 'A charge was created, waiting for the payer', 'ISSUED');
export const chargePending = chargeEvent('charge.pending', 'A charge waits: for 3DS authentication, or a paid boleto for settlement', 'PENDING');
export const chargePreCaptured = chargeEvent('charge.pre_captured', 'A card was authorized, waiting for capture', 'PRE_CAPTURED');
export const chargeConfirmed = chargeEvent('charge.confirmed', 'A charge was paid (authorized and captured)', 'CONFIRMED');
export const chargePaid = chargeEvent('charge.paid', 'A charge was settled', 'PAID');
export const chargeCanceled = chargeEvent('charge.canceled', 'A charge was canceled before capture', 'CANCELED');
export const chargeFailed = chargeEvent('charge.error', 'A charge was declined or failed', 'ERROR', true);
export const chargeRefund = chargeEvent('charge.refund', 'Part of a charge was refunded', 'REFUND');
export const chargeRefunded = chargeEvent('charge.refunded', 'A charge was refunded in full', 'REFUNDED');
export const chargeChargebackRequested = chargeEvent('charge.chargeback_requested', 'A cardholder disputed a charge', 'CHARGEBACK_REQUESTED');
export const chargeChargeback = chargeEvent('charge.chargeback', 'A dispute was lost', 'CHARGEBACK');
export const chargeChargebackReversed = chargeEvent('charge.chargeback_reversed', 'A dispute was won', 'CHARGEBACK_REVERSED');

export const chargeEvents = [
  chargeIssued,
  chargePending,
  chargePreCaptured,
  chargeConfirmed,
  chargePaid,
  chargeCanceled,
  chargeFailed,
  chargeRefund,
  chargeRefunded,
  chargeChargebackRequested,
  chargeChargeback,
  chargeChargebackReversed,
] as const;

/** The event a charge reaching a status announces. */
export const EVENT_FOR_STATUS: Partial<Record<ChargeStatus, (typeof chargeEvents)[number]>> = {
  issued: chargeIssued,
  pending: chargePending,
  pre_captured: chargePreCaptured,
  confirmed: chargeConfirmed,
  paid: chargePaid,
  canceled: chargeCanceled,
  error: chargeFailed,
  refunded: chargeRefunded,
  chargeback_requested: chargeChargebackRequested,
  chargeback: chargeChargeback,
  chargeback_reversed: chargeChargebackReversed,
};
