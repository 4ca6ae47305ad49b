import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { merchantPricing, type ChargeMethod } from '@/db/schema';
import type { Pricing } from './fees';

/**
 * What the platform charges a merchant per method unless the merchant's own pricing row says
 * otherwise: card rates in the range Brazilian acquirers quote, Pix under 1 %, and a fixed fee per
 * boleto (BRL only, so its fixed part is in centavos).
 */
export const DEFAULT_PRICING: Record<ChargeMethod, Pricing> = {
  credit_card: { percentBps: 349, fixedMinor: 0n },
  debit_card: { percentBps: 199, fixedMinor: 0n },
  pix: { percentBps: 99, fixedMinor: 0n },
  boleto: { percentBps: 0, fixedMinor: 349n },
};

export async function pricingFor(db: DbOrTx, merchantUuid: string, method: ChargeMethod): Promise<Pricing> {
  const [row] = await db
    .select({ percentBps: merchantPricing.percentBps, fixedMinor: merchantPricing.fixedMinor })
    .from(merchantPricing)
    .where(and(eq(merchantPricing.merchantUuid, merchantUuid), eq(merchantPricing.typeCharge, method)));
  return row ?? DEFAULT_PRICING[method];
}
