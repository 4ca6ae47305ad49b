import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, merchant, type ChargeStatus } from '@/db/schema';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { chargeErrors } from './errors';

/** What the payer's 3DS challenge page shows: whom they pay, how much, and where they go afterwards. No payer or card data. */
export interface ChallengeView {
  chargeUuid: string;
  status: ChargeStatus;
  amount: string;
  currency: string;
  /** The merchant's soft descriptor (what the card statement says), else its name. */
  merchantLabel: string;
  redirectUrl: string | null;
}

/** A charge as its public 3DS page shows it (the charge id is the capability, as for the public pay endpoint); 404 when there is none. */
export async function getChallengeView(db: DbOrTx, chargeUuid: string): Promise<ChallengeView> {
  const [row] = await db
    .select({
      chargeUuid: charge.chargeUuid,
      status: charge.status,
      amountMinor: charge.amountMinor,
      currency: charge.currency,
      merchantName: merchant.name,
      softDescription: merchant.softDescription,
      redirectUrl: charge.redirectUrl,
    })
    .from(charge)
    .innerJoin(merchant, eq(merchant.merchantUuid, charge.merchantUuid))
    .where(eq(charge.chargeUuid, chargeUuid));
  if (!row) throw chargeErrors.notFound();
  return {
    chargeUuid: row.chargeUuid,
    status: row.status,
    amount: formatMinor(row.amountMinor, currencyDigits(row.currency)),
    currency: row.currency,
    merchantLabel: row.softDescription.trim() || row.merchantName,
    redirectUrl: row.redirectUrl,
  };
}
