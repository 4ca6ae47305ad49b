import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { DEFAULT_MINIMUM_DEPOSIT_MINOR, DEFAULT_RESERVE_RATIO_BPS, ledgerAccount, virtualWalletHolding, wallet } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { reachableWallets } from '@/lib/wallets/queries';
import { walletErrors } from '@/lib/wallets/errors';
import { virtualWalletErrors } from './errors';

export type HoldingRow = typeof virtualWalletHolding.$inferSelect;

/** A holding's configuration (DESIGN §2.2), in minor units and basis points. */
export interface HoldingConfiguration {
  minimumDepositMinor: bigint;
  leverageCeilingMinor: bigint;
  reserveRatioBps: number;
}

/** What a payment wallet that is no holding yet would start with: R$ 1,00 minimum, no leverage, a full reserve. */
export const DEFAULT_HOLDING_CONFIGURATION: HoldingConfiguration = {
  minimumDepositMinor: DEFAULT_MINIMUM_DEPOSIT_MINOR,
  leverageCeilingMinor: 0n,
  reserveRatioBps: DEFAULT_RESERVE_RATIO_BPS,
};

/** The payment wallet behind a holding, as the services need it. */
export interface HoldingWallet {
  walletUuid: string;
  entityUuid: string;
  merchantUuid: string | null;
  currency: string;
  status: string;
}

/** One of the caller's payment wallets (404 like a missing one when it is not the caller's). */
export async function reachableHoldingWallet(db: DbOrTx, caller: Caller, walletUuid: string): Promise<HoldingWallet> {
  const [found] = await db
    .select({ walletUuid: wallet.walletUuid, entityUuid: wallet.entityUuid, merchantUuid: wallet.merchantUuid, currency: wallet.currency, status: wallet.status })
    .from(wallet)
    .where(and(reachableWallets(caller), eq(wallet.walletUuid, walletUuid)));
  if (!found) throw walletErrors.notFound();
  return found;
}

/** A payment wallet that may take new virtual wallets and transfers: active, in reais (deposits come by Pix). */
export function assertCanHold(holding: HoldingWallet): void {
  if (holding.currency !== 'BRL') throw virtualWalletErrors.currencyNotSupported(holding.currency);
  if (holding.status !== 'active') throw virtualWalletErrors.holdingNotActive();
}

/** Makes the payment wallet a holding (its configuration at the defaults) unless it is one already. */
export async function ensureHolding(db: DbOrTx, holding: HoldingWallet): Promise<void> {
  await db.insert(virtualWalletHolding).values({ walletUuid: holding.walletUuid, entityUuid: holding.entityUuid }).onConflictDoNothing();
}

/**
 * The holding's row, locked until the transaction ends (null: the wallet is no holding). Every
 * deposit, transfer and payout of the holding takes this lock first and only then reads and moves
 * balances, so the leverage ceiling and the reserve are decided one movement at a time. FOR NO KEY
 * UPDATE (what the configuration's own UPDATE takes) serializes them without blocking the rows
 * that merely reference the holding (a new virtual wallet, a deposit record).
 */
export async function lockHolding(db: DbOrTx, walletUuid: string): Promise<HoldingRow | null> {
  const [row] = await db.select().from(virtualWalletHolding).where(eq(virtualWalletHolding.walletUuid, walletUuid)).for('no key update');
  return row ?? null;
}

export async function holdingConfiguration(db: DbOrTx, walletUuid: string): Promise<HoldingConfiguration & { isHolding: boolean }> {
  const [row] = await db.select().from(virtualWalletHolding).where(eq(virtualWalletHolding.walletUuid, walletUuid));
  return row ? { ...configurationOf(row), isHolding: true } : { ...DEFAULT_HOLDING_CONFIGURATION, isHolding: false };
}

export function configurationOf(row: HoldingRow): HoldingConfiguration {
  return { minimumDepositMinor: row.minimumDepositMinor, leverageCeilingMinor: row.leverageCeilingMinor, reserveRatioBps: row.reserveRatioBps };
}

/**
 * Replaces a payment wallet's holding configuration (making it a holding if it was not). It takes
 * the holding's lock, so it never lands between a movement's check and its posting. The account's
 * decision, not a wallet-level client's (403). Audited.
 */
export async function updateHoldingConfiguration(db: DbOrTx, caller: Caller, walletUuid: string, input: HoldingConfiguration): Promise<HoldingConfiguration> {
  if (caller.walletUuid) throw virtualWalletErrors.accountLevelOnly();
  const holding = await reachableHoldingWallet(db, caller, walletUuid);
  if (holding.currency !== 'BRL') throw virtualWalletErrors.currencyNotSupported(holding.currency);
  return db.transaction(async (tx) => {
    await ensureHolding(tx, holding);
    const before = await lockHolding(tx, holding.walletUuid);
    const [updated] = await tx
      .update(virtualWalletHolding)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(virtualWalletHolding.walletUuid, holding.walletUuid))
      .returning();
    await recordAudit(tx, caller, {
      action: 'holding.configuration_changed',
      subjectType: 'wallet',
      subjectId: holding.walletUuid,
      data: { from: printable(configurationOf(before!)), to: printable(input) },
    });
    return configurationOf(updated!);
  });
}

const printable = (c: HoldingConfiguration) => ({
  minimum_deposit_minor: c.minimumDepositMinor.toString(),
  leverage_ceiling_minor: c.leverageCeilingMinor.toString(),
  reserve_ratio_bps: c.reserveRatioBps,
});

/** A holding's real funds (`available`) and what it owes its virtual wallets (the sum of their balances). */
export interface HoldingBalances {
  available: bigint;
  virtualTotal: bigint;
}

/**
 * Read from the holding's own accounts: `available`, and `virtual_allocated`, which is minus the
 * sum of the virtual balances (one row instead of a sum over every virtual wallet).
 */
export async function holdingBalances(db: DbOrTx, walletUuid: string): Promise<HoldingBalances> {
  const rows = await db
    .select({ code: ledgerAccount.code, balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.walletUuid, walletUuid), isNull(ledgerAccount.virtualWalletUuid), inArray(ledgerAccount.code, ['available', 'virtual_allocated'])));
  const of = (code: string) => rows.find((row) => row.code === code)?.balance ?? 0n;
  return { available: of('available'), virtualTotal: -of('virtual_allocated') };
}

/** What `available` must keep: the reserve ratio of the virtual balances, rounded up to the centavo. */
export function requiredReserve(virtualTotal: bigint, reserveRatioBps: number): bigint {
  if (virtualTotal <= 0n) return 0n;
  const product = virtualTotal * BigInt(reserveRatioBps);
  return (product + 9_999n) / 10_000n;
}

/**
 * How much more the holding may move into virtual wallets: its funds not yet owed to them plus the
 * leverage ceiling (never below zero).
 */
export function transferHeadroom(balances: HoldingBalances, leverageCeilingMinor: bigint): bigint {
  const room = balances.available + leverageCeilingMinor - balances.virtualTotal;
  return room > 0n ? room : 0n;
}

/** How much may leave `available` by payouts (amount and fee together) without breaking the reserve. */
export function payableHeadroom(balances: HoldingBalances, reserveRatioBps: number): bigint {
  const room = balances.available - requiredReserve(balances.virtualTotal, reserveRatioBps);
  return room > 0n ? room : 0n;
}

/** The reserve ratio actually held, in basis points: `available` over the virtual balances (null when they are zero). */
export function heldRatioBps(balances: HoldingBalances): number | null {
  if (balances.virtualTotal <= 0n) return null;
  const available = balances.available > 0n ? balances.available : 0n;
  return Number((available * 10_000n) / balances.virtualTotal);
}
