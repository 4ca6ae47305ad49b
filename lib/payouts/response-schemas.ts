import { z } from 'zod';
import { PAYOUT_STATUSES, PAYOUT_TYPES } from '@/db/schema/payouts';
import { exactDecimal } from '@/lib/openapi/shared';

// The payout on the wire (reference A.7's get and list), amounts as exact decimal JSON numbers.

const timestamp = (description: string) => z.iso.datetime().nullable().meta({ description });

export const payoutMessageSchema = z
  .object({
    code: z.string().meta({ example: 'DESTINATION_REJECTED' }),
    description: z.string(),
  })
  .meta({ id: 'PayoutMessage' });

export const payoutSchema = z
  .object({
    payout_uuid: z.uuid(),
    wallet_uuid: z.uuid().meta({ description: 'Our addition: the wallet it left' }),
    merchant_id: z.uuid().nullable().meta({ description: "Our addition: the wallet's merchant" }),
    external_id: z.string().nullable().meta({ description: "The rail's id once sent: the Pix end-to-end id, or the TED's control number" }),
    status: z.enum(PAYOUT_STATUSES),
    type_payout: z.enum(PAYOUT_TYPES),
    amount: exactDecimal({ description: 'What the beneficiary receives, an exact decimal (5000.00)', example: 150.0 }),
    fee: exactDecimal({ description: "The merchant's payout fee, on top of `amount`: the wallet is debited `amount + fee`", example: 1.0 }),
    currency: z.string().meta({ example: 'BRL' }),
    description: z.string(),
    beneficiary_name: z.string().nullable(),
    transaction_reference: z.string().meta({ description: 'The per-wallet idempotency key (a UUID when the request gave none)' }),
    schedule_date: z.iso.date().nullable().meta({ description: 'Our addition: the day (America/Sao_Paulo) a scheduled payout is sent; null when sent at once' }),
    submitted_date: timestamp('When it was sent to the rail (`issued`)'),
    confirmed_date: timestamp('When the rail paid it (`realized`)'),
    payment_code: z.null().meta({ description: 'Cash pickup only (not offered): always null' }),
    authorization_code: z.string().nullable().meta({ description: "The rail's confirmation code once realized" }),
    destination: z.record(z.string(), z.unknown()).meta({ description: 'The Pix destination (key normalized) or the bank account, as validated' }),
    message: z.array(payoutMessageSchema).meta({ description: 'Why it failed (`error`) or came back (`returned`); empty otherwise' }),
    webhook_url: z.string().nullable().meta({ description: 'Where its A.7 webhook is also sent' }),
    created: z.iso.datetime(),
    updated: z.iso.datetime(),
  })
  .meta({ id: 'Payout' });

export const payoutTimelineEntrySchema = z
  .object({
    from_status: z.enum(PAYOUT_STATUSES).nullable().meta({ description: 'null for the request itself' }),
    to_status: z.enum(PAYOUT_STATUSES),
    reason: z.string().nullable(),
    occurred_at: z.iso.datetime(),
  })
  .meta({ id: 'PayoutTimelineEntry' });

export const payoutDetailSchema = payoutSchema
  .extend({ timeline: z.array(payoutTimelineEntrySchema).meta({ description: 'Our addition: every status it went through, oldest first' }) })
  .meta({ id: 'PayoutDetail' });

/** A.7's list envelope. */
export const payoutListSchema = z
  .object({
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
    pages: z.number().int(),
    data: z.array(payoutSchema),
  })
  .meta({ id: 'PayoutList' });
