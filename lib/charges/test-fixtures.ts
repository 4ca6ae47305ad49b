import { randomInt } from 'node:crypto';
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '@/db/client';
import { charge, chargeRefund, chargeStatusChange, ledgerAccount, ledgerEntry, ledgerTransaction, type PlatformAccountCode, type WalletAccountCode } from '@/db/schema';
import type { Scope } from '@/lib/api/scopes';
import type { WalletRef } from '@/lib/ledger/accounts';
import type { WalletCurrency } from '@/lib/money/currency';
import { callRoute } from '@/lib/testing/api';
import { seedWallet, walletLevelToken, walletTenant } from '@/lib/wallets/test-fixtures';
import { POST as payRoute } from '@/app/api/v1/bank/public/charge/[uuid]/pay/route';
import { POST as threeDsRoute } from '@/app/api/v1/bank/public/charge/[uuid]/3ds/route';
import { GET as publicStatusRoute } from '@/app/api/v1/bank/public/charge/[uuid]/route';
import { POST as cancelRoute } from '@/app/api/v1/bank/wallet/charge/[charge_uuid]/cancel/[wallet_uuid]/route';
import { POST as refundRoute } from '@/app/api/v1/bank/wallet/charge/[charge_uuid]/refund/[wallet_uuid]/route';
import { GET as getRoute } from '@/app/api/v1/bank/wallet/charge/[charge_uuid]/route';
import { POST as captureRoute } from '@/app/api/v1/bank/wallet/charge/capture/route';
import { GET as lookupRoute, POST as createRoute } from '@/app/api/v1/bank/wallet/charge/route';
import { GET as listRoute } from '@/app/api/v1/bank/wallet/charges/route';
import { POST as disputeRoute } from '@/app/api/v1/sandbox/charges/[charge_uuid]/dispute/route';
import { SANDBOX_READY_CARDS } from './acquirer/sandbox';
import { luhnCheckDigit } from './card/luhn';
import { createChargeSchema, type CreateChargeBody } from './schemas';

// Fixtures for the charge tests: a tenant with a payment wallet and a charge token, valid A55
// bodies, card numbers for every sandbox outcome (reference A.11: the last digit decides), the
// charge routes called through `callRoute` (so each answer is checked against its operation), and
// the ledger entries a charge caused.

export const CHARGE_SCOPES: Scope[] = ['charge:create', 'charge:read', 'wallet:read'];

/** A fresh account with an active payment wallet (BRL unless told) and an account-level token with CHARGE_SCOPES. */
export async function chargeTenant(db: Db, options: { currency?: WalletCurrency; scopes?: Scope[] } = {}) {
  const tenant = await walletTenant(db, options.scopes ?? CHARGE_SCOPES);
  const wallet = await seedWallet(db, tenant, { currency: options.currency ?? 'BRL', customer_id: `cust_${randomInt(1e9)}` });
  const walletRef: WalletRef = { walletUuid: wallet.walletUuid, entityUuid: tenant.account.entityUuid, currency: wallet.currency };
  return { ...tenant, wallet, walletRef, entityUuid: tenant.account.entityUuid };
}
export type ChargeTenant = Awaited<ReturnType<typeof chargeTenant>>;

/** Another payment wallet of the same tenant (another currency: one active wallet per merchant and currency). */
export async function secondWallet(db: Db, tenant: ChargeTenant, currency: WalletCurrency) {
  return seedWallet(db, tenant, { currency, customer_id: `cust_${randomInt(1e9)}` });
}

/** A wallet-level token confined to one of the tenant's wallets. */
export function walletToken(db: Db, tenant: ChargeTenant, walletUuid: string) {
  return walletLevelToken(db, tenant, walletUuid, CHARGE_SCOPES);
}

/** A valid CPF (check digits verified), and one whose check digits are wrong. */
export const VALID_CPF = '52998224725';
export const INVALID_CPF = '52998224724';

/** A.11's ready cards; they fail Luhn and pass in the sandbox only (production refuses them). */
export const SANDBOX_OK_CARD = SANDBOX_READY_CARDS[0];
export const SANDBOX_DECLINED_CARD = SANDBOX_READY_CARDS[1];

/** A sandbox-BIN card (exempt from Luhn outside production) with the given last digit; random in between, so unique to the test. */
export function sandboxCard(lastDigit: number | string): string {
  return `402400${String(randomInt(1e9)).padStart(9, '0')}${lastDigit}`;
}

/**
 * A Luhn-valid card outside the sandbox BIN, for the outcome its last digit asks for: the last
 * digit is the check digit, so the body is drawn until its check digit is the one wanted.
 */
export function luhnCard(lastDigit: number | string, prefix = '455187', length = 16): string {
  for (;;) {
    let body = prefix;
    while (body.length < length - 1) body += String(randomInt(10));
    if (luhnCheckDigit(body) === String(lastDigit)) return body + String(lastDigit);
  }
}

/** A card number that fails Luhn and is no sandbox test card. */
export const LUHN_INVALID_CARD = '4111111111111112';
/** JCB (not accepted at all) and Diners (no installments), both Luhn-valid. */
export const JCB_CARD = '3530111333300000';
export const DINERS_CARD = '30569309025904';

const EXPIRY_YEAR = String(new Date().getUTCFullYear() + 3);

/** The A55 card fields of a card number (any CVV and a future expiry, as A.11 allows). */
export function cardFields(number: string = SANDBOX_OK_CARD, cvv = '123') {
  return { card_name: 'MARIA DA SILVA', card_number: number, card_expiry_month: '12', card_expiry_year: EXPIRY_YEAR, card_cvv: cvv };
}

export const PAYER_ADDRESS = {
  street: 'Avenida Paulista',
  address_number: '1000',
  complement: 'Conjunto 42',
  neighborhood: 'Bela Vista',
  city: 'São Paulo',
  state: 'SP',
  postal_code: '01310-100',
  country: 'BR',
};

/**
 * A valid create body (reference A.3) for the tenant's wallet, 100.00 in its currency unless told
 * (CLP takes whole amounts), without card fields (an `issued` charge) unless `card` names one.
 */
export function chargeBody(tenant: Pick<ChargeTenant, 'wallet'>, overrides: Record<string, unknown> & { card?: string } = {}): Record<string, unknown> {
  const { card, ...rest } = overrides;
  const wallet = tenant.wallet;
  return {
    wallet_uuid: wallet.walletUuid,
    merchant_id: wallet.merchantUuid,
    payer_name: 'Maria da Silva',
    payer_email: 'maria.silva@cliente.example.test',
    payer_tax_id: VALID_CPF,
    payer_cell_phone: '+5511987654321',
    installment_value: wallet.currency === 'CLP' ? '10000' : '100.00',
    installment_count: 1,
    currency: wallet.currency,
    due_date: '2030-12-31',
    description: 'Pedido #1001',
    type_charge: 'credit_card',
    payer_address: PAYER_ADDRESS,
    items: [{ name: 'Camiseta', quantity: 1, total_amount: '100.00', unit_amount: '100.00', sku: 'TSHIRT-1' }],
    ...(card ? cardFields(card) : {}),
    ...rest,
  };
}

/** The same body parsed as the service takes it. */
export function serviceBody(tenant: Pick<ChargeTenant, 'wallet'>, overrides: Record<string, unknown> & { card?: string } = {}): CreateChargeBody {
  return createChargeSchema.parse(chargeBody(tenant, overrides));
}

/** The charge routes, called in-process through the real handlers and checked against their contracts. */
export function chargeApi(token: string) {
  return {
    create: (body: unknown, headers?: Record<string, string>) => callRoute(createRoute, { path: '/api/v1/bank/wallet/charge/', token, body, headers }),
    lookup: (chargeUuid: string, walletUuid: string) =>
      callRoute(lookupRoute, { path: `/api/v1/bank/wallet/charge/?charge_uuid=${chargeUuid}&wallet_uuid=${walletUuid}`, token }),
    get: (chargeUuid: string) =>
      callRoute(getRoute, { path: `/api/v1/bank/wallet/charge/${chargeUuid}/`, token, params: { charge_uuid: chargeUuid } }),
    list: (query: Record<string, string> = {}) =>
      callRoute(listRoute, { path: `/api/v1/bank/wallet/charges/?${new URLSearchParams(query).toString()}`, token }),
    capture: (chargeUuid: string, walletUuid: string, amount?: string) =>
      callRoute(captureRoute, {
        path: '/api/v1/bank/wallet/charge/capture/',
        token,
        body: { charge_uuid: chargeUuid, wallet_uuid: walletUuid, ...(amount === undefined ? {} : { amount }) },
      }),
    refund: (chargeUuid: string, walletUuid: string, body?: { amount?: string; reason?: string }) =>
      callRoute(refundRoute, {
        method: 'POST',
        path: `/api/v1/bank/wallet/charge/${chargeUuid}/refund/${walletUuid}/`,
        token,
        body,
        params: { charge_uuid: chargeUuid, wallet_uuid: walletUuid },
      }),
    cancel: (chargeUuid: string, walletUuid: string, body?: { reason?: string }) =>
      callRoute(cancelRoute, {
        method: 'POST',
        path: `/api/v1/bank/wallet/charge/${chargeUuid}/cancel/${walletUuid}/`,
        token,
        body,
        params: { charge_uuid: chargeUuid, wallet_uuid: walletUuid },
      }),
    dispute: (chargeUuid: string, action: 'open' | 'lose' | 'win', reason?: string) =>
      callRoute(disputeRoute, {
        path: `/api/v1/sandbox/charges/${chargeUuid}/dispute`,
        token,
        body: { action, ...(reason ? { reason } : {}) },
        params: { charge_uuid: chargeUuid },
      }),
  };
}

/** The payer's public routes (no token). */
export const publicChargeApi = {
  pay: (chargeUuid: string, body: unknown) => callRoute(payRoute, { path: `/api/v1/bank/public/charge/${chargeUuid}/pay`, body, params: { uuid: chargeUuid } }),
  completeThreeDs: (chargeUuid: string, passed: boolean) =>
    callRoute(threeDsRoute, { path: `/api/v1/bank/public/charge/${chargeUuid}/3ds`, body: { passed }, params: { uuid: chargeUuid } }),
  status: (chargeUuid: string) => callRoute(publicStatusRoute, { path: `/api/v1/bank/public/charge/${chargeUuid}/`, params: { uuid: chargeUuid } }),
};

/** The charge row as stored. */
export async function chargeRow(db: Db, chargeUuid: string) {
  const [row] = await db.select().from(charge).where(eq(charge.chargeUuid, chargeUuid));
  if (!row) throw new Error(`no charge ${chargeUuid}`);
  return row;
}

export interface LedgerLine {
  transactionUuid: string;
  kind: string;
  code: string;
  /** The wallet of a wallet account; null for the tenant's platform accounts. */
  walletUuid: string | null;
  amountMinor: bigint;
}

/**
 * Every ledger entry a charge caused (its capture and dispute postings, referenced by the charge,
 * and its refunds', referenced by each refund), oldest transaction first, each entry with its
 * account's code.
 */
export async function chargeLedger(db: Db, chargeUuid: string): Promise<LedgerLine[]> {
  const refunds = await db.select({ id: chargeRefund.refundUuid }).from(chargeRefund).where(eq(chargeRefund.chargeUuid, chargeUuid));
  const refundIds = refunds.map((r) => r.id);
  return db
    .select({ transactionUuid: ledgerTransaction.transactionUuid, kind: ledgerTransaction.kind, code: ledgerAccount.code, walletUuid: ledgerAccount.walletUuid, amountMinor: ledgerEntry.amountMinor })
    .from(ledgerTransaction)
    .innerJoin(ledgerEntry, eq(ledgerEntry.transactionUuid, ledgerTransaction.transactionUuid))
    .innerJoin(ledgerAccount, eq(ledgerAccount.id, ledgerEntry.accountId))
    .where(
      or(
        and(eq(ledgerTransaction.referenceType, 'charge'), eq(ledgerTransaction.referenceId, chargeUuid)),
        refundIds.length ? and(eq(ledgerTransaction.referenceType, 'charge_refund'), inArray(ledgerTransaction.referenceId, refundIds)) : sql`false`,
      ),
    )
    .orderBy(asc(ledgerTransaction.createdAt), asc(ledgerEntry.id));
}

/** A charge's ledger as its transactions, in order: `[{kind, entries: {code: amount}}]`, for exact comparisons. */
export function postings(lines: LedgerLine[]): { kind: string; entries: Record<string, bigint> }[] {
  const result: { transactionUuid: string; kind: string; entries: Record<string, bigint> }[] = [];
  for (const line of lines) {
    let last = result.at(-1);
    if (!last || last.transactionUuid !== line.transactionUuid) result.push((last = { transactionUuid: line.transactionUuid, kind: line.kind, entries: {} }));
    last.entries[line.code] = (last.entries[line.code] ?? 0n) + line.amountMinor;
  }
  return result.map(({ kind, entries }) => ({ kind, entries }));
}

/** The stored balance of one of the wallet's accounts (0 when it was never opened). */
export async function walletBalance(db: Db, walletUuid: string, code: WalletAccountCode): Promise<bigint> {
  const [row] = await db
    .select({ balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.walletUuid, walletUuid), eq(ledgerAccount.code, code)));
  return row?.balance ?? 0n;
}

/** The stored balance of one of the tenant's platform accounts (0 when it was never opened). */
export async function platformBalance(db: Db, entityUuid: string, code: PlatformAccountCode, currency: string): Promise<bigint> {
  const [row] = await db
    .select({ balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.entityUuid, entityUuid), sql`${ledgerAccount.walletUuid} is null`, eq(ledgerAccount.code, code), eq(ledgerAccount.currency, currency)));
  return row?.balance ?? 0n;
}

/**
 * Assertions the charge route tests share, over the test database: a tenant's charge count, a
 * create that must succeed, a create that must be refused with nothing stored, and a charge's
 * timeline as `from→to` lines.
 */
export function chargeAssertions(db: Db) {
  async function chargesOf(entityUuid: string) {
    const [row] = await db.select({ n: count() }).from(charge).where(eq(charge.entityUuid, entityUuid));
    return row!.n;
  }

  async function timeline(chargeUuid: string) {
    const rows = await db
      .select({ from: chargeStatusChange.fromStatus, to: chargeStatusChange.toStatus })
      .from(chargeStatusChange)
      .where(eq(chargeStatusChange.chargeUuid, chargeUuid))
      .orderBy(asc(chargeStatusChange.id));
    return rows.map((row) => `${row.from ?? '∅'}→${row.to}`);
  }

  /** A create that must succeed: answers the charge body. */
  async function created(tenant: ChargeTenant, overrides: Record<string, unknown> & { card?: string } = {}) {
    const res = await chargeApi(tenant.token).create(chargeBody(tenant, overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  /** A create that must be refused before anything is stored: answers the A55 charge error body. */
  async function refusedCreate(tenant: ChargeTenant, overrides: Record<string, unknown> & { card?: string }, status: number, code: string) {
    const before = await chargesOf(tenant.entityUuid);
    const res = await chargeApi(tenant.token).create(chargeBody(tenant, overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body).toMatchObject({ charge_uuid: null, status: 'error', message: [expect.objectContaining({ code, source: 'charge', description: expect.any(String) })] });
    expect(await chargesOf(tenant.entityUuid)).toBe(before);
    return res.body;
  }

  return { chargesOf, created, refusedCreate, timeline };
}
