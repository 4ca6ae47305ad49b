import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, payout, wallet } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { todayInBrazil } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import { walletAccount } from '@/lib/ledger/accounts';
import { InsufficientBalanceError } from '@/lib/ledger/post';
import { formatMinor } from '@/lib/money/decimal';
import { lockHoldingForPayout, reserveShortfall } from '@/lib/virtual-wallets/reserve';
import { payoutErrors } from './errors';
import { postPayoutReserved } from './postings';
import { payoutFeeFor } from './pricing';
import { movePayout, recordPayoutStep, type PayoutRow } from './record-change';
import type { CreatePayoutBody } from './schemas';

/**
 * Requests a payout (reference A.7) from one of the caller's active BRL payment wallets: the
 * amount and the merchant's fee are reserved out of `available` at once, so however many payouts
 * race, no more leaves than the balance holds (the account's CHECK decides, and the loser changes
 * nothing). Without `schedule_date` (or with today) it is sent to the rail at once (`issued`); a
 * later date keeps it `pending` until the daily run sends it. A `transaction_reference` already
 * used on the wallet answers that payout again instead of paying twice. From a holding wallet
 * (DESIGN §2.2) it is refused when it would leave `available` under the reserve its virtual
 * wallets need, decided under the holding's lock (lib/virtual-wallets/reserve.ts).
 */
export async function requestPayout(db: DbOrTx, caller: Caller, body: CreatePayoutBody): Promise<{ payout: PayoutRow; replayed: boolean }> {
  const source = await payableWallet(db, caller, body.wallet_uuid);
  if (body.currency && body.currency !== source.currency) throw payoutErrors.currencyMismatch(source.currency);
  if (source.currency !== 'BRL') throw payoutErrors.railNotAvailable(body.type_payout, source.currency);
  if (body.merchant_id && body.merchant_id !== source.merchantUuid) throw payoutErrors.merchantMismatch();
  const reference = body.transaction_reference ?? randomUUID();
  const existing = await byReference(db, source.walletUuid, reference);
  if (existing) return { payout: existing, replayed: true };
  const today = todayInBrazil(now());
  if (body.schedule_date && body.schedule_date < today) throw payoutErrors.scheduleInPast();

  const fee = await payoutFeeFor(db, source.merchantUuid, body.type_payout);
  const destination = body.type_payout === 'pix' ? body.pix_destination! : body.bank_destination!;
  try {
    return await db.transaction(async (tx) => {
      const holding = await lockHoldingForPayout(tx, source.walletUuid);
      const at = now();
      const [created] = await tx
        .insert(payout)
        .values({
          entityUuid: caller.entityUuid,
          walletUuid: source.walletUuid,
          merchantUuid: source.merchantUuid,
          typePayout: body.type_payout,
          status: 'pending',
          amountMinor: body.value,
          feeMinor: fee,
          currency: source.currency,
          description: body.description,
          transactionReference: reference,
          scheduleDate: body.schedule_date ?? null,
          destination,
          beneficiaryName: destination.beneficiary_name ?? null,
          webhookUrl: body.webhook_url ?? null,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      try {
        await postPayoutReserved(tx, created!);
      } catch (error) {
        if (error instanceof InsufficientBalanceError) {
          const available = await walletAccount(tx, source, 'available');
          throw payoutErrors.insufficientBalance(formatMinor(await balanceOf(tx, available.id), 2));
        }
        throw error;
      }
      const shortfall = holding ? await reserveShortfall(tx, holding) : null;
      if (shortfall) throw payoutErrors.reserveBreached(formatMinor(shortfall.available + body.value + fee, 2), formatMinor(shortfall.required, 2));
      await recordPayoutStep(tx, created!, null, body.schedule_date && body.schedule_date > today ? `Scheduled for ${body.schedule_date}` : null);
      const due = !body.schedule_date || body.schedule_date <= today;
      return { payout: due ? await submitPayout(tx, created!) : created!, replayed: false };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'payout_wallet_reference_unique')) {
      const raced = await byReference(db, source.walletUuid, reference);
      if (raced) return { payout: raced, replayed: true };
    }
    throw error;
  }
}

/** Sends a pending payout to its rail: `issued`, with the rail's id (a Pix end-to-end id or a TED control number). */
export async function submitPayout(db: DbOrTx, row: PayoutRow): Promise<PayoutRow> {
  return movePayout(db, row, 'issued', { reason: 'Sent to the rail', set: { submittedAt: now(), externalId: railId(row) } });
}

// The sandbox rail's ids look like the real ones: Pix's 32-character end-to-end id (E + the payer
// institution's ISPB + timestamp + sequence), a TED's numeric control number.
function railId(row: PayoutRow): string {
  const stamp = now().toISOString().replace(/\D/g, '').slice(0, 12);
  if (row.typePayout === 'pix') return `E99999999${stamp}${randomBytes(6).toString('hex').slice(0, 11).toUpperCase()}`;
  return BigInt(`0x${randomBytes(6).toString('hex')}`).toString().padStart(15, '0');
}

async function payableWallet(db: DbOrTx, caller: Caller, walletUuid: string) {
  const [found] = await db
    .select({ walletUuid: wallet.walletUuid, entityUuid: wallet.entityUuid, merchantUuid: wallet.merchantUuid, currency: wallet.currency, status: wallet.status })
    .from(wallet)
    .where(and(ownedBy(wallet, caller), eq(wallet.walletUuid, walletUuid), eq(wallet.kind, 'payment')));
  if (!found) throw payoutErrors.walletNotFound();
  if (found.status !== 'active') throw payoutErrors.walletNotActive();
  return found;
}

async function byReference(db: DbOrTx, walletUuid: string, reference: string): Promise<PayoutRow | null> {
  const [row] = await db
    .select()
    .from(payout)
    .where(and(eq(payout.walletUuid, walletUuid), eq(payout.transactionReference, reference)));
  return row ?? null;
}

async function balanceOf(db: DbOrTx, accountId: bigint): Promise<bigint> {
  const [row] = await db.select({ balance: ledgerAccount.balanceMinor }).from(ledgerAccount).where(eq(ledgerAccount.id, accountId));
  return row?.balance ?? 0n;
}
