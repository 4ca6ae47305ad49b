import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { payoutPricing, type PayoutType } from '@/db/schema';

/**
 * What a payout costs the merchant unless its own pricing row says otherwise, in centavos: Pix is
 * cheap and instant, TED and bank transfers cost what Brazilian banks typically charge.
 */
export const DEFAULT_PAYOUT_FEES: Record<PayoutType, bigint> = { pix: 1_00n, ted: 5_00n, bank_transfer: 5_00n };

export async function payoutFeeFor(db: DbOrTx, merchantUuid: string | null, type: PayoutType): Promise<bigint> {
  if (!merchantUuid) return DEFAULT_PAYOUT_FEES[type];
  const [row] = await db
    .select({ feeMinor: payoutPricing.feeMinor })
    .from(payoutPricing)
    .where(and(eq(payoutPricing.merchantUuid, merchantUuid), eq(payoutPricing.typePayout, type)));
  return row?.feeMinor ?? DEFAULT_PAYOUT_FEES[type];
}
