import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { virtualWallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { now } from '@/lib/clock';
import { receivePixDeposit, type DepositOutcome } from './deposits';
import { virtualWalletErrors } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Sandbox: a payer pays one of the caller's virtual wallets' BR Code. It goes through
 * `receivePixDeposit`, the entry point a real provider's notification uses, with the wallet's own
 * txid and an end-to-end id (a fresh one unless given: giving one again replays the deposit).
 */
export async function simulateVirtualDeposit(
  db: DbOrTx,
  caller: Caller,
  virtualWalletUuid: string,
  input: { amountMinor: bigint; payerName?: string; endToEndId?: string },
): Promise<DepositOutcome> {
  const [found] = UUID.test(virtualWalletUuid)
    ? await db
        .select({ pixTxid: virtualWallet.pixTxid })
        .from(virtualWallet)
        .where(and(ownedBy(virtualWallet, caller), eq(virtualWallet.virtualWalletUuid, virtualWalletUuid)))
    : [];
  if (!found) throw virtualWalletErrors.notFound();
  return receivePixDeposit(db, {
    txid: found.pixTxid,
    amountMinor: input.amountMinor,
    endToEndId: input.endToEndId ?? sandboxEndToEndId(),
    paidAt: now(),
    payerName: input.payerName ?? null,
  });
}

// A Pix end-to-end id as the BCB lays it out: E, the payer institution's ISPB, yyyyMMddHHmm, and 11 characters.
function sandboxEndToEndId(): string {
  const stamp = now().toISOString().replace(/\D/g, '').slice(0, 12);
  return `E99999999${stamp}${randomBytes(8).toString('hex').slice(0, 11).toUpperCase()}`;
}
