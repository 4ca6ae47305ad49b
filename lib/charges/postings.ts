import type { DbOrTx } from '@/db/client';
import { and, desc, eq } from 'drizzle-orm';
import { chargeStatusChange, type charge, type ChargeStatus } from '@/db/schema';
import { platformAccount, walletAccount } from '@/lib/ledger/accounts';
import { InsufficientBalanceError, post } from '@/lib/ledger/post';
import { chargeErrors } from './errors';

type ChargeRow = typeof charge.$inferSelect;

// The card flows of DESIGN §2.1, one posting each.

function walletOf(row: ChargeRow) {
  return { walletUuid: row.walletUuid, entityUuid: row.entityUuid, currency: row.currency };
}

/** Where a charge's money is in its wallet: `pending` until settlement marks the charge `paid`, `available` after. */
export type FundsCode = 'pending' | 'available';

/**
 * The wallet account holding a charge's money now. A disputed charge's money went back (or will
 * go back, if the dispute is won) to where it was when the dispute opened.
 */
export async function fundsOf(db: DbOrTx, row: Pick<ChargeRow, 'chargeUuid' | 'status'>): Promise<FundsCode> {
  const status = row.status === 'chargeback_requested' || row.status === 'chargeback_reversed' ? await statusBeforeDispute(db, row.chargeUuid) : row.status;
  return status === 'paid' ? 'available' : 'pending';
}

async function statusBeforeDispute(db: DbOrTx, chargeUuid: string): Promise<ChargeStatus> {
  const [opened] = await db
    .select({ fromStatus: chargeStatusChange.fromStatus })
    .from(chargeStatusChange)
    .where(and(eq(chargeStatusChange.chargeUuid, chargeUuid), eq(chargeStatusChange.toStatus, 'chargeback_requested')))
    .orderBy(desc(chargeStatusChange.id))
    .limit(1);
  return opened?.fromStatus ?? 'confirmed';
}

/**
 * Money coming in for a charge, one posting each (DESIGN §2.1): the platform account it arrives
 * through gives the gross, the wallet gets the net and fee revenue the fee.
 * - card captured: acquirer receivable → wallet `pending` (settles later);
 * - Pix received: Pix clearing → wallet `available` (Pix settles at once);
 * - boleto paid: boleto clearing → wallet `pending` (settles later), for whatever was paid.
 */
const INCOMING = {
  card_capture: { through: 'acquirer_receivable', into: 'pending', what: 'Capture' },
  pix_payment: { through: 'pix_clearing', into: 'available', what: 'Pix' },
  boleto_payment: { through: 'boleto_clearing', into: 'pending', what: 'Boleto' },
} as const;

export async function postIncoming(db: DbOrTx, row: ChargeRow, kind: keyof typeof INCOMING, grossMinor: bigint, feeMinor: bigint): Promise<void> {
  const flow = INCOMING[kind];
  const [through, into, fees] = await Promise.all([
    platformAccount(db, row.entityUuid, flow.through, row.currency),
    walletAccount(db, walletOf(row), flow.into),
    platformAccount(db, row.entityUuid, 'fee_revenue', row.currency),
  ]);
  await post(db, {
    entityUuid: row.entityUuid,
    kind,
    reference: { type: 'charge', id: row.chargeUuid },
    description: `${flow.what} of charge ${row.chargeUuid}`,
    entries: [
      { account: through, amountMinor: -grossMinor },
      { account: into, amountMinor: grossMinor - feeMinor },
      { account: fees, amountMinor: feeMinor },
    ],
  });
}

/**
 * Refund: the gross goes back to the acquirer (and the cardholder); the wallet gives up its net
 * part and the fee revenue its proportional part. A wallet that no longer holds it refuses the
 * refund (its account's CHECK), answered as INSUFFICIENT_FUNDS.
 */
export async function postRefund(db: DbOrTx, row: ChargeRow, refund: { refundUuid: string; amountMinor: bigint; feeReturnedMinor: bigint }): Promise<void> {
  const [receivable, funds, fees] = await Promise.all([
    platformAccount(db, row.entityUuid, 'acquirer_receivable', row.currency),
    walletAccount(db, walletOf(row), await fundsOf(db, row)),
    platformAccount(db, row.entityUuid, 'fee_revenue', row.currency),
  ]);
  await refusingOverdraft(row, () =>
    post(db, {
      entityUuid: row.entityUuid,
      kind: 'refund',
      reference: { type: 'charge_refund', id: refund.refundUuid },
      description: `Refund of charge ${row.chargeUuid}`,
      entries: [
        { account: funds, amountMinor: -(refund.amountMinor - refund.feeReturnedMinor) },
        { account: fees, amountMinor: -refund.feeReturnedMinor },
        { account: receivable, amountMinor: refund.amountMinor },
      ],
    }),
  );
}

/** What a dispute is about: the charge's unrefunded gross, the wallet's net part of it and the fee part. */
export interface DisputedAmounts {
  grossMinor: bigint;
  netMinor: bigint;
  feeMinor: bigint;
}

/** Dispute opened: the disputed money is held out of the wallet (and the fee revenue) until it is decided. */
export async function postDisputeOpened(db: DbOrTx, row: ChargeRow, amounts: DisputedAmounts, from: FundsCode): Promise<void> {
  const [held, funds, fees] = await Promise.all([
    platformAccount(db, row.entityUuid, 'chargebacks_held', row.currency),
    walletAccount(db, walletOf(row), from),
    platformAccount(db, row.entityUuid, 'fee_revenue', row.currency),
  ]);
  await refusingOverdraft(row, () =>
    post(db, {
      entityUuid: row.entityUuid,
      kind: 'chargeback_hold',
      reference: { type: 'charge', id: row.chargeUuid },
      description: `Dispute opened on charge ${row.chargeUuid}`,
      entries: [
        { account: funds, amountMinor: -amounts.netMinor },
        { account: fees, amountMinor: -amounts.feeMinor },
        { account: held, amountMinor: amounts.grossMinor },
      ],
    }),
  );
}

/** Dispute lost: the held gross goes back to the cardholder through the acquirer. */
export async function postDisputeLost(db: DbOrTx, row: ChargeRow, amounts: DisputedAmounts): Promise<void> {
  const [held, receivable] = await Promise.all([
    platformAccount(db, row.entityUuid, 'chargebacks_held', row.currency),
    platformAccount(db, row.entityUuid, 'acquirer_receivable', row.currency),
  ]);
  await post(db, {
    entityUuid: row.entityUuid,
    kind: 'chargeback_lost',
    reference: { type: 'charge', id: row.chargeUuid },
    entries: [
      { account: held, amountMinor: -amounts.grossMinor },
      { account: receivable, amountMinor: amounts.grossMinor },
    ],
  });
}

/** Dispute won: the held money returns to the wallet and the fee to revenue, as before the dispute. */
export async function postDisputeWon(db: DbOrTx, row: ChargeRow, amounts: DisputedAmounts, to: FundsCode): Promise<void> {
  const [held, funds, fees] = await Promise.all([
    platformAccount(db, row.entityUuid, 'chargebacks_held', row.currency),
    walletAccount(db, walletOf(row), to),
    platformAccount(db, row.entityUuid, 'fee_revenue', row.currency),
  ]);
  await post(db, {
    entityUuid: row.entityUuid,
    kind: 'chargeback_reversed',
    reference: { type: 'charge', id: row.chargeUuid },
    entries: [
      { account: held, amountMinor: -amounts.grossMinor },
      { account: funds, amountMinor: amounts.netMinor },
      { account: fees, amountMinor: amounts.feeMinor },
    ],
  });
}

async function refusingOverdraft(row: ChargeRow, posting: () => Promise<unknown>): Promise<void> {
  try {
    await posting();
  } catch (error) {
    if (error instanceof InsufficientBalanceError) throw chargeErrors.insufficientFunds(row.chargeUuid);
    throw error;
  }
}
