import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { CHARGE_METHODS, merchant, merchantPricing, type ChargeMethod } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { DEFAULT_PRICING } from '@/lib/charges/pricing';
import { formatMinor } from '@/lib/money/decimal';
import { DEFAULT_SETTLEMENT_DELAY_DAYS, isSettledMethod } from '@/lib/settlements/delay';
import { managementErrors } from './errors';
import type { MerchantRow } from './merchants';
import type { UpdatePricingInput } from './schemas';
import { isGuid, lockManagedAccount, operatorActor } from './target';

/** What a merchant pays for one method, as charges will be priced: its own row, else the platform's default. */
export interface MethodPrice {
  typeCharge: ChargeMethod;
  percentBps: number;
  /** In minor units of the charge's currency. */
  fixedMinor: bigint;
  /** Business days until the money is available; null for Pix, which is available at once. */
  settlementDelayDays: number | null;
  /** Whether the merchant has its own price for the method (false: the default applies). */
  customized: boolean;
}

/** A merchant of the account with its price for every method. */
export type PricedMerchant = MerchantRow & { pricing: MethodPrice[] };

type PricingRow = typeof merchantPricing.$inferSelect;

function priceOf(method: ChargeMethod, row: PricingRow | undefined): MethodPrice {
  const price = row ?? DEFAULT_PRICING[method];
  const delay = isSettledMethod(method) ? (row?.settlementDelayDays ?? DEFAULT_SETTLEMENT_DELAY_DAYS[method]) : null;
  return { typeCharge: method, percentBps: price.percentBps, fixedMinor: price.fixedMinor, settlementDelayDays: delay, customized: !!row };
}

/** Every merchant of the account (oldest first, the order they were onboarded) with its price for every method. */
export async function pricedMerchants(db: DbOrTx, entityUuid: string): Promise<PricedMerchant[]> {
  const [merchants, rows] = await Promise.all([
    db.select().from(merchant).where(eq(merchant.entityUuid, entityUuid)).orderBy(asc(merchant.createdAt), asc(merchant.merchantUuid)),
    db.select().from(merchantPricing).where(eq(merchantPricing.entityUuid, entityUuid)),
  ]);
  return merchants.map((m) => ({
    ...m,
    pricing: CHARGE_METHODS.map((method) => priceOf(method, rows.find((row) => row.merchantUuid === m.merchantUuid && row.typeCharge === method))),
  }));
}

/**
 * Sets a merchant's prices for the methods listed (the others keep theirs). Charges created from
 * the commit on are priced by them; charges already made keep the fees they were created with.
 */
export async function updatePricing(db: DbOrTx, operator: Operator, entityUuid: string, merchantUuid: string, input: UpdatePricingInput): Promise<PricedMerchant> {
  assertOperator(operator);
  return db.transaction(async (tx) => {
    const target = await lockManagedAccount(tx, entityUuid);
    const [owned] = isGuid(merchantUuid)
      ? await tx
          .select({ merchantUuid: merchant.merchantUuid })
          .from(merchant)
          .where(and(eq(merchant.entityUuid, target.entityUuid), eq(merchant.merchantUuid, merchantUuid)))
      : [];
    if (!owned) throw managementErrors.merchantNotFound();
    await tx
      .insert(merchantPricing)
      .values(
        input.pricing.map((price) => ({
          merchantUuid,
          entityUuid: target.entityUuid,
          typeCharge: price.type_charge,
          percentBps: price.percent_bps,
          fixedMinor: price.fixed_amount,
          settlementDelayDays: price.settlement_delay_days,
        })),
      )
      .onConflictDoUpdate({
        target: [merchantPricing.merchantUuid, merchantPricing.typeCharge],
        set: {
          percentBps: sql`excluded.percent_bps`,
          fixedMinor: sql`excluded.fixed_minor`,
          settlementDelayDays: sql`excluded.settlement_delay_days`,
          updatedAt: sql`now()`,
        },
      });
    await recordAudit(tx, operatorActor(operator, target.entityUuid), {
      action: 'merchant.pricing_changed',
      subjectType: 'merchant',
      subjectId: merchantUuid,
      data: {
        pricing: input.pricing.map((price) => ({ ...price, fixed_amount: formatMinor(price.fixed_amount, 2) })),
      },
    });
    const priced = await pricedMerchants(tx, target.entityUuid);
    return priced.find((m) => m.merchantUuid === merchantUuid)!;
  });
}
