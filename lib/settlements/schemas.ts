import { z } from 'zod';
import { CHARGE_METHODS, CHARGE_STATUSES } from '@/db/schema';
import { a55ListSchema, cursorParamSchema } from '@/lib/pagination/keyset';

// The settlement shapes: A.8's per-charge reconciliation fields (A55 dialect, amounts as exact
// decimal strings like every A55 charge amount) and our settlements list and detail.

const uuid = (what: string) => z.guid(`${what} must be a UUID`);
const money = (description: string) => z.string().meta({ description, example: '96.51' });
/** An ISO 8601 date-time, or a date meaning its midnight in Brasília (UTC−3, no daylight saving since 2019). */
const instant = (what: string) => z.iso.datetime({ offset: true, message: `${what} must be an ISO 8601 date-time or date` }).or(z.iso.date());

/** The instant as PostgreSQL reads it: kept as text, since a JS Date would drop the microseconds settlement times carry. */
export function instantOf(value: string): string {
  return value.length === 10 ? `${value}T00:00:00-03:00` : value;
}

/**
 * The reconciliation variant of `GET /api/v1/bank/wallet/charge/` (A.3, A.8): `settled=true`
 * selects it; the lookup's `charge_uuid` and `wallet_uuid` are then not needed.
 */
export const reconciliationQueryFields = {
  settled: z.literal('true', 'settled takes only true (the reconciliation)').optional().meta({ description: '`true`: the reconciliation variant (settled charges) instead of the lookup of one charge' }),
  status: z.enum(CHARGE_STATUSES).optional().meta({ description: 'Reconciliation: the charges now in this status (A55 sends `paid`)' }),
  settled_after: instant('settled_after').optional().meta({ description: 'Reconciliation: settled at or after this instant' }),
  settled_before: instant('settled_before').optional().meta({ description: 'Reconciliation: settled before this instant (so consecutive windows never overlap)' }),
  page_size: z.coerce.number().int().min(1).max(100).default(100).meta({ description: 'Reconciliation: results per page (1–100, default 100)' }),
  starting_after: cursorParamSchema.optional(),
};

export interface ReconciliationQuery {
  wallet_uuid?: string;
  status?: (typeof CHARGE_STATUSES)[number];
  settled_after?: string;
  settled_before?: string;
  page_size: number;
  starting_after?: string;
}

export const settledChargeSchema = z
  .object({
    charge_uuid: z.guid(),
    wallet_uuid: z.guid(),
    type: z.enum(CHARGE_METHODS).meta({ description: 'The charge method (`type_charge`)' }),
    status: z.enum(CHARGE_STATUSES).meta({ description: 'The charge status now (a refund after settlement makes it `refunded`)' }),
    currency: z.string(),
    gross_amount: money('What came in: the capture, or what the payer paid for a boleto or Pix'),
    mdr_amount: money('The percentage part of the fee'),
    interchange_amount: money('Always 0: the fee is all-in, no interchange is passed through'),
    processing_fee: money('The fixed part of the fee'),
    fx_fee: money('Always 0: charges are in the wallet currency'),
    total_fees: money('mdr_amount + processing_fee'),
    refunded_net_amount: money('Our addition: what refunds took out of pending before settlement (their net parts)'),
    net_amount: money('What reached available: gross_amount − total_fees − refunded_net_amount'),
    settled_at: z.string().meta({ description: 'When the money reached available (a Pix: when it was paid)' }),
    settlement_uuid: z.guid().nullable().meta({ description: 'The settlement holding this charge; null for a Pix (no settlement: it lands in available at once)' }),
  })
  .meta({ id: 'SettledCharge' });

export const reconciliationSchema = z
  .object({
    results: z.array(settledChargeSchema),
    has_more: z.boolean().meta({ description: 'Our addition: whether results follow this page' }),
    next_cursor: z.string().nullable().meta({ description: 'Our addition: pass as `starting_after` for the next page' }),
  })
  .meta({ id: 'ChargeReconciliation' });

export const settlementListQuerySchema = z.object({
  wallet_uuid: uuid('wallet_uuid').optional().meta({ description: "One wallet's settlements (the whole account when omitted)" }),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: cursorParamSchema.optional(),
});
export type SettlementListQuery = z.output<typeof settlementListQuerySchema>;

export const settlementParamsSchema = z.object({ settlement_uuid: uuid('settlement_uuid') });

export const settlementSchema = z
  .object({
    settlement_uuid: z.guid(),
    wallet_uuid: z.guid(),
    settlement_date: z.string().meta({ description: 'The day (America/Sao_Paulo) its charges settled', example: '2026-03-03' }),
    currency: z.string(),
    gross_amount: money('Sum of the lines’ gross_amount'),
    total_fees: money('Sum of the lines’ total_fees'),
    refunded_net_amount: money('Sum of the lines’ refunded_net_amount'),
    net_amount: money('Sum of the lines’ net_amount: exactly what the ledger moved pending → available for them (kind `settlement`)'),
    line_count: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'Settlement' });

export const settlementListSchema = a55ListSchema(settlementSchema).meta({ id: 'SettlementList' });

export const settlementDetailSchema = settlementSchema
  .extend({ lines: z.array(settledChargeSchema.omit({ status: true }).extend({ captured_at: z.string() })) })
  .meta({ id: 'SettlementDetail' });
