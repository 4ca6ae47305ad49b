import type { z } from 'zod';
import { currencyDigits } from '@/lib/money/currency';
import { jsonDecimal } from '@/lib/money/decimal';
import type { PayoutTimeline } from './queries';
import type { PayoutRow } from './record-change';
import type { payoutDetailSchema, payoutListSchema, payoutSchema } from './response-schemas';

export type PayoutBody = z.input<typeof payoutSchema>;

/** A payout on the wire (reference A.7's fields): amounts as exact decimal numbers, never floats. */
export function toPayoutBody(row: PayoutRow): PayoutBody {
  const digits = currencyDigits(row.currency);
  return {
    payout_uuid: row.payoutUuid,
    wallet_uuid: row.walletUuid,
    merchant_id: row.merchantUuid,
    external_id: row.externalId,
    status: row.status,
    type_payout: row.typePayout,
    amount: jsonDecimal(row.amountMinor, digits),
    fee: jsonDecimal(row.feeMinor, digits),
    currency: row.currency,
    description: row.description,
    beneficiary_name: row.beneficiaryName,
    transaction_reference: row.transactionReference,
    schedule_date: row.scheduleDate,
    submitted_date: row.submittedAt?.toISOString() ?? null,
    confirmed_date: row.confirmedAt?.toISOString() ?? null,
    payment_code: null,
    authorization_code: row.authorizationCode,
    destination: row.destination,
    message: row.message ?? [],
    webhook_url: row.webhookUrl,
    created: row.createdAt.toISOString(),
    updated: row.updatedAt.toISOString(),
  };
}

/** The get answer: the payout and its timeline. */
export function toPayoutDetailBody(row: PayoutRow, timeline: PayoutTimeline): z.input<typeof payoutDetailSchema> {
  return {
    ...toPayoutBody(row),
    timeline: timeline.map((step) => ({ from_status: step.fromStatus, to_status: step.toStatus, reason: step.reason, occurred_at: step.occurredAt.toISOString() })),
  };
}

/** A.7's list envelope `{page, limit, total, pages, data}`. */
export function toPayoutListBody(query: { page: number; limit: number }, page: { rows: PayoutRow[]; total: number }): z.input<typeof payoutListSchema> {
  return { page: query.page, limit: query.limit, total: page.total, pages: Math.ceil(page.total / query.limit), data: page.rows.map(toPayoutBody) };
}
