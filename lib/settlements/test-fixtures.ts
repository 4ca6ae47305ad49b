import { and, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '@/db/client';
import { ledgerAccount, ledgerEntry, ledgerTransaction, settlement, settlementLine, webhookEvent } from '@/db/schema';
import { setClock } from '@/lib/clock';
import { chargeApi, chargeBody, SANDBOX_OK_CARD, type ChargeTenant } from '@/lib/charges/test-fixtures';
import { POST as settleNowRoute } from '@/app/api/v1/sandbox/settlements/run/route';
import { callRoute } from '@/lib/testing/api';
import { POST as sandboxPayRoute } from '@/app/api/v1/sandbox/charges/[charge_uuid]/pay/route';
import { GET as settlementRoute } from '@/app/api/v1/bank/wallet/settlements/[settlement_uuid]/route';
import { GET as settlementsRoute } from '@/app/api/v1/bank/wallet/settlements/route';
import { GET as lookupRoute } from '@/app/api/v1/bank/wallet/charge/route';

// Fixtures for the settlement tests: charges captured at a chosen time, the settlement routes
// through their real handlers, and the ledger's `settlement` movements to tie totals to.

/** Friday 3 March 2028, 15:00 in Brasília; its D+1 is Monday the 6th. */
export const FRIDAY_AFTERNOON = new Date('2028-03-03T18:00:00Z');
export const SATURDAY = new Date('2028-03-04T15:00:00Z');
export const SUNDAY_LATE = new Date('2028-03-06T02:59:00Z');
/** Monday 6 March 2028, 00:15 in Brasília: the first run of the settlement day. */
export const MONDAY_RUN = new Date('2028-03-06T03:15:00Z');

/** A card charge captured (confirmed) at `at`. */
export async function cardChargeAt(tenant: ChargeTenant, at: Date, overrides: Record<string, unknown> = {}): Promise<string> {
  setClock(at);
  const res = await chargeApi(tenant.token).create(chargeBody(tenant, { card: SANDBOX_OK_CARD, ...overrides }));
  expect(res.body.status, JSON.stringify(res.body)).toBe('confirmed');
  return res.body.charge_uuid as string;
}

/** A boleto issued and paid (through the sandbox) at `at`, `pending` until it settles. */
export async function paidBoletoAt(tenant: ChargeTenant, at: Date): Promise<string> {
  setClock(at);
  const created = await chargeApi(tenant.token).create(chargeBody(tenant, { type_charge: 'boleto', items: [], due_date: undefined }));
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  const paid = await sandboxPay(tenant.token, created.body.charge_uuid as string);
  expect(paid.body.status, JSON.stringify(paid.body)).toBe('pending');
  return created.body.charge_uuid as string;
}

export function sandboxPay(token: string, chargeUuid: string) {
  return callRoute(sandboxPayRoute, { path: `/api/v1/sandbox/charges/${chargeUuid}/pay`, token, body: {}, params: { charge_uuid: chargeUuid } });
}

export function settlementApi(token: string) {
  return {
    reconciliation: (query: Record<string, string>) =>
      callRoute(lookupRoute, { path: `/api/v1/bank/wallet/charge/?${new URLSearchParams({ settled: 'true', ...query }).toString()}`, token }),
    list: (query: Record<string, string> = {}) => callRoute(settlementsRoute, { path: `/api/v1/bank/wallet/settlements/?${new URLSearchParams(query).toString()}`, token }),
    get: (settlementUuid: string) =>
      callRoute(settlementRoute, { path: `/api/v1/bank/wallet/settlements/${settlementUuid}/`, token, params: { settlement_uuid: settlementUuid } }),
    settleNow: (body?: { wallet_uuid?: string }) => callRoute(settleNowRoute, { path: '/api/v1/sandbox/settlements/run', token, body }),
  };
}

/** What the ledger moved into the wallet's `available` by `settlement` postings. */
export async function ledgerSettled(db: Db, walletUuid: string): Promise<bigint> {
  const [row] = await db
    .select({ minor: sql<string>`coalesce(sum(${ledgerEntry.amountMinor}), 0)::text` })
    .from(ledgerEntry)
    .innerJoin(ledgerTransaction, eq(ledgerTransaction.transactionUuid, ledgerEntry.transactionUuid))
    .innerJoin(ledgerAccount, eq(ledgerAccount.id, ledgerEntry.accountId))
    .where(and(eq(ledgerTransaction.kind, 'settlement'), eq(ledgerAccount.walletUuid, walletUuid), eq(ledgerAccount.code, 'available')));
  return BigInt(row!.minor);
}

export async function settlementsOf(db: Db, walletUuid: string) {
  return db.select().from(settlement).where(eq(settlement.walletUuid, walletUuid)).orderBy(settlement.settlementDate);
}

export async function lineOf(db: Db, chargeUuid: string) {
  const [row] = await db.select().from(settlementLine).where(eq(settlementLine.chargeUuid, chargeUuid));
  return row;
}

export async function eventsOf(db: Db, chargeUuid: string): Promise<string[]> {
  const rows = await db.select({ type: webhookEvent.type }).from(webhookEvent).where(eq(webhookEvent.subjectId, chargeUuid));
  return rows.map((row) => row.type);
}
