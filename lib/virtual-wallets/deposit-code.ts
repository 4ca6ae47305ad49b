import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, merchant, wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { buildPixBrCode } from '@/lib/pix/br-code';
import { pixQrPngBase64 } from '@/lib/pix/qr';
import { virtualWalletErrors } from './errors';
import { holdingConfiguration } from './holding';
import { getVirtualWallet, type VirtualWalletView } from './queries';

export interface DepositCode {
  virtualWallet: VirtualWalletView;
  /** The BR Code "copia e cola". */
  copyPaste: string;
  qrBase64: string;
  /** Fixed in the code when asked for; null: the payer chooses. */
  amountMinor: bigint | null;
  minimumDepositMinor: bigint;
}

/**
 * A virtual wallet's deposit reference: a static BR Code on the account's Pix key (as a Pix
 * charge's), with the merchant's name and the account's city and the virtual wallet's own txid,
 * so the provider hands the txid back with each payment and `receivePixDeposit` finds the wallet.
 * Without an amount it is reusable (the payer types the amount, as many times as wanted); with one
 * it asks that amount once. A deactivated wallet still shows it (a payment to it is refused and
 * recorded). No Pix key on the account: 422 `errors.pix.key_not_configured`.
 */
export async function depositCode(db: DbOrTx, caller: Caller, walletUuid: string, virtualWalletUuid: string, amountMinor?: bigint): Promise<DepositCode> {
  const found = await getVirtualWallet(db, caller, walletUuid, virtualWalletUuid);
  const [owner] = await db.select({ pixKey: account.pixKey, pixCity: account.pixCity, name: account.name }).from(account).where(eq(account.entityUuid, found.entityUuid));
  if (!owner?.pixKey) throw virtualWalletErrors.pixKeyMissing();
  // The holding wallet's merchant names the receiver, as on its charges.
  const [seller] = await db
    .select({ softDescription: merchant.softDescription, name: merchant.name })
    .from(wallet)
    .innerJoin(merchant, eq(merchant.merchantUuid, wallet.merchantUuid))
    .where(eq(wallet.walletUuid, found.walletUuid));
  const copyPaste = buildPixBrCode({
    pixKey: owner.pixKey,
    merchantName: seller?.softDescription || seller?.name || owner.name,
    merchantCity: owner.pixCity || 'SAO PAULO',
    amountMinor,
    txid: found.pixTxid,
  });
  const { minimumDepositMinor } = await holdingConfiguration(db, found.walletUuid);
  return { virtualWallet: found, copyPaste, qrBase64: await pixQrPngBase64(copyPaste), amountMinor: amountMinor ?? null, minimumDepositMinor };
}
