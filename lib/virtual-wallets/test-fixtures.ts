import type { Db } from '@/db/client';
import type { Scope } from '@/lib/api/scopes';
import { chargeTenant, type ChargeTenant } from '@/lib/charges/test-fixtures';
import { depositForTest } from '@/lib/ledger/testing';
import { callRoute } from '@/lib/testing/api';
import { POST as payoutRoute } from '@/app/api/v1/bank/wallet/payout/route';
import { GET as holdingDepositsRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/holding/deposits/route';
import { GET as holdingHistoryRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/holding/history/route';
import { GET as getHoldingRoute, PUT as putHoldingRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/holding/route';
import { POST as deactivateRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/virtual/[virtual_wallet_uuid]/deactivate/route';
import { GET as depositCodeRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/virtual/[virtual_wallet_uuid]/deposit-code/route';
import { POST as reactivateRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/virtual/[virtual_wallet_uuid]/reactivate/route';
import { GET as getRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/virtual/[virtual_wallet_uuid]/route';
import { GET as statementRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/virtual/[virtual_wallet_uuid]/statement/route';
import { POST as transferRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/virtual/[virtual_wallet_uuid]/transfer/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/bank/wallet/[wallet_uuid]/virtual/route';
import { POST as sandboxDepositRoute } from '@/app/api/v1/sandbox/virtual-wallets/[virtual_wallet_uuid]/deposit/route';

// Fixtures for the virtual wallet tests: a tenant whose BRL payment wallet becomes a holding, and
// every virtual wallet route called through `callRoute` (each answer checked against its operation).

export const VIRTUAL_SCOPES: Scope[] = ['wallet:read', 'wallet:write', 'payout:create', 'payout:read'];

/** A tenant with an active BRL payment wallet and a token for the virtual wallet and payout routes; `ownFunds` of the merchant's own money in `available`. */
export async function holdingTenant(db: Db, options: { ownFunds?: bigint; scopes?: Scope[] } = {}) {
  const tenant = await chargeTenant(db, { scopes: options.scopes ?? VIRTUAL_SCOPES });
  if (options.ownFunds && options.ownFunds > 0n) await depositForTest(db, tenant.walletRef, options.ownFunds);
  return tenant;
}
export type HoldingTenant = ChargeTenant;

const query = (values: Record<string, string | number | undefined> = {}) => {
  const defined = Object.entries(values).filter(([, v]) => v !== undefined) as [string, string | number][];
  return defined.length ? `?${new URLSearchParams(defined.map(([k, v]) => [k, String(v)])).toString()}` : '';
};

/** The routes, for one token and one holding wallet. */
export function virtualApi(token: string, walletUuid: string) {
  const base = `/api/v1/bank/wallet/${walletUuid}`;
  const one = (vw: string) => ({ wallet_uuid: walletUuid, virtual_wallet_uuid: vw });
  return {
    create: (body: unknown) => callRoute(createRoute, { path: `${base}/virtual/`, token, body, params: { wallet_uuid: walletUuid } }),
    list: (q: Record<string, string | number | undefined> = {}) => callRoute(listRoute, { path: `${base}/virtual/${query(q)}`, token, params: { wallet_uuid: walletUuid } }),
    get: (vw: string) => callRoute(getRoute, { path: `${base}/virtual/${vw}/`, token, params: one(vw) }),
    deactivate: (vw: string) => callRoute(deactivateRoute, { method: 'POST', path: `${base}/virtual/${vw}/deactivate/`, token, params: one(vw) }),
    reactivate: (vw: string) => callRoute(reactivateRoute, { method: 'POST', path: `${base}/virtual/${vw}/reactivate/`, token, params: one(vw) }),
    transfer: (vw: string, body: unknown) => callRoute(transferRoute, { path: `${base}/virtual/${vw}/transfer/`, token, body, params: one(vw) }),
    statement: (vw: string, q: Record<string, string | number | undefined> = {}) =>
      callRoute(statementRoute, { path: `${base}/virtual/${vw}/statement/${query(q)}`, token, params: one(vw) }),
    depositCode: (vw: string, q: Record<string, string | number | undefined> = {}) =>
      callRoute(depositCodeRoute, { path: `${base}/virtual/${vw}/deposit-code/${query(q)}`, token, params: one(vw) }),
    holding: () => callRoute(getHoldingRoute, { path: `${base}/holding/`, token, params: { wallet_uuid: walletUuid } }),
    configure: (body: unknown) => callRoute(putHoldingRoute, { method: 'PUT', path: `${base}/holding/`, token, body, params: { wallet_uuid: walletUuid } }),
    history: (q: Record<string, string | number | undefined> = {}) => callRoute(holdingHistoryRoute, { path: `${base}/holding/history/${query(q)}`, token, params: { wallet_uuid: walletUuid } }),
    deposits: (q: Record<string, string | number | undefined> = {}) => callRoute(holdingDepositsRoute, { path: `${base}/holding/deposits/${query(q)}`, token, params: { wallet_uuid: walletUuid } }),
    deposit: (vw: string, body: unknown) => callRoute(sandboxDepositRoute, { path: `/api/v1/sandbox/virtual-wallets/${vw}/deposit`, token, body, params: { virtual_wallet_uuid: vw } }),
    payout: (body: Record<string, unknown>) =>
      callRoute(payoutRoute, {
        path: '/api/v1/bank/wallet/payout/',
        token,
        body: {
          wallet_uuid: walletUuid,
          type_payout: 'pix',
          description: 'Saque da carteira principal',
          pix_destination: { pix_address_key: 'financeiro@loja.example.test', pix_address_key_type: 'email' },
          ...body,
        },
      }),
  };
}
export type VirtualApi = ReturnType<typeof virtualApi>;

/** Creates a virtual wallet through the route and answers its uuid (fails the test otherwise). */
export async function createVirtual(api: VirtualApi, reference: string, name = `Cliente ${reference}`): Promise<string> {
  const created = await api.create({ reference, name });
  if (created.status !== 201) throw new Error(`create virtual wallet ${reference}: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body.virtual_wallet_uuid as string;
}
