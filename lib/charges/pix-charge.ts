import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, merchant } from '@/db/schema';
import { now } from '@/lib/clock';
import { buildPixBrCode, pixTxid } from '@/lib/pix/br-code';
import { pixQrPngBase64 } from '@/lib/pix/qr';
import { chargeErrors } from './errors';

/** How long an unpaid Pix waits before it is canceled, unless the charge says otherwise (`pix_expiration_seconds`). */
export const DEFAULT_PIX_EXPIRATION_SECONDS = 3600;

/**
 * What a new Pix charge carries: a BR Code on the account's own Pix key, with the merchant's
 * soft descriptor and the account's city, the exact amount, and a txid derived from the charge id
 * (unique per charge, and how a payment notification finds it), plus its QR and expiry.
 */
export async function pixFields(db: DbOrTx, input: { entityUuid: string; merchantUuid: string; chargeUuid: string; amountMinor: bigint; expiresInSeconds?: number | null }) {
  const [owner] = await db
    .select({ pixKey: account.pixKey, pixCity: account.pixCity, accountName: account.name })
    .from(account)
    .where(eq(account.entityUuid, input.entityUuid));
  const [seller] = await db.select({ softDescription: merchant.softDescription, name: merchant.name }).from(merchant).where(eq(merchant.merchantUuid, input.merchantUuid));
  if (!owner?.pixKey) throw chargeErrors.pixKeyMissing();
  const txid = pixTxid(input.chargeUuid);
  const copyPaste = buildPixBrCode({
    pixKey: owner.pixKey,
    merchantName: seller?.softDescription || seller?.name || owner.accountName,
    merchantCity: owner.pixCity || 'SAO PAULO',
    amountMinor: input.amountMinor,
    txid,
  });
  return {
    pixTxid: txid,
    pixCopyPaste: copyPaste,
    pixQrBase64: await pixQrPngBase64(copyPaste),
    expiresAt: new Date(now().getTime() + (input.expiresInSeconds ?? DEFAULT_PIX_EXPIRATION_SECONDS) * 1000),
  };
}
