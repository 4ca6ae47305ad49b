import type { Db } from '@/db/client';
import { randomUUID } from 'node:crypto';
import { creditTenant, naturalOwner, postWallet, walletBody } from '@/lib/credit/test-fixtures';
import { simulateKycDecision } from '@/lib/kyc/sandbox';
import { callRoute } from '@/lib/testing/api';
import { GET as getWalletRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/route';
import { PATCH as cancelRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/payment_instrument/[payment_instrument_key]/cancel/route';
import { GET as listEntriesRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/payment_instrument/[payment_instrument_key]/payment_instrument_entry/route';
import { GET as getEntryRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/payment_instrument/[payment_instrument_key]/payment_instrument_entry/[payment_instrument_entry_key]/route';
import { GET as getRoute, PATCH as limitRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/payment_instrument/[payment_instrument_key]/route';
import { GET as listRoute, POST as issueRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/payment_instrument/route';
import { GET as listWalletEntriesRoute, POST as createWalletEntryRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/wallet_entry/route';
import { GET as getWalletEntryRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/wallet_entry/[wallet_entry_key]/route';

// Fixtures for the card-issuing tests: an account whose customer holds an active credit wallet,
// cards issued through the real route, and those cards as a payer types them into a charge.

export type CardIssuer = Awaited<ReturnType<typeof cardIssuer>>;

/** An account with a credit wallet approved in KYC (limit `limit`, R$ 5.000,00 unless told). */
export async function cardIssuer(db: Db, options: { limit?: string; walletType?: 'default' | 'payroll'; invoiceConfiguration?: Record<string, unknown> } = {}) {
  const tenant = await creditTenant(db);
  const limits =
    options.walletType === 'payroll'
      ? { postpaid_credit_limit: options.limit ?? '5000.00', payroll_withdraw_limit: '1000.00' }
      : { postpaid_credit_limit: options.limit ?? '5000.00' };
  const body =
    options.walletType === 'payroll'
      ? walletBody({ wallet_type: 'payroll', limits, invoice_configuration: options.invoiceConfiguration ?? payrollInvoiceConfiguration })
      : walletBody({ limits, ...(options.invoiceConfiguration ? { invoice_configuration: options.invoiceConfiguration } : {}) });
  const created = await postWallet(tenant.token, body);
  if (created.status !== 202) throw new Error(`credit wallet not created: ${JSON.stringify(created.body)}`);
  const walletKey = created.body.wallet_key as string;
  await simulateKycDecision(db, tenant.caller, walletKey, { action: 'approve' });
  return { ...tenant, walletKey, entityUuid: tenant.account.entityUuid, api: instrumentApi(tenant.token, walletKey) };
}

const payrollInvoiceConfiguration = {
  closing_date_configuration: { type: 'fixed', fixed_day: 15 },
  due_date_configuration: { type: 'fixed', fixed_day: 25, offset_months: 0 },
  invoice_payment_type: 'bank_slip',
};

export function issueBody(overrides: Record<string, unknown> = {}) {
  return {
    request_control_key: randomUUID(),
    owner: naturalOwner(),
    payment_instrument_type: 'postpaid_card',
    limit_amount: '1000.00',
    postpaid_card_data: { card_type: 'virtual', card_name: 'Cartão Principal', printed_name: 'Joao Silva' },
    ...overrides,
  };
}

/** An issued card as the creation answer shows it once. */
export interface IssuedCard {
  payment_instrument_key: string;
  card: { number: string; cvv: string; expiration_month: number; expiration_year: number; last_four_digits: string };
}

/** The A55 card fields a payer types for a platform card (the right CVV and expiry unless told). */
export function platformCardFields(issued: IssuedCard, overrides: { cvv?: string; month?: string } = {}) {
  return {
    card_name: 'JOAO SILVA',
    card_number: issued.card.number,
    card_expiry_month: overrides.month ?? String(issued.card.expiration_month).padStart(2, '0'),
    card_expiry_year: String(issued.card.expiration_year),
    card_cvv: overrides.cvv ?? issued.card.cvv,
  };
}

/** The card and entry routes of one credit wallet, called in-process and checked against their contracts. */
export function instrumentApi(token: string, walletKey: string) {
  const base = `/api/v1/credit/wallet/${walletKey}`;
  const at = (key: string) => ({ wallet_key: walletKey, payment_instrument_key: key });
  return {
    issue: (body: unknown = issueBody()) => callRoute(issueRoute, { path: `${base}/payment_instrument`, token, body, params: { wallet_key: walletKey } }),
    list: (query = '') => callRoute(listRoute, { path: `${base}/payment_instrument${query}`, token, params: { wallet_key: walletKey } }),
    get: (key: string) => callRoute(getRoute, { path: `${base}/payment_instrument/${key}`, token, params: at(key) }),
    changeLimit: (key: string, limit: string) =>
      callRoute(limitRoute, { method: 'PATCH', path: `${base}/payment_instrument/${key}`, token, rawBody: `{"limit_amount": ${limit}}`, params: at(key) }),
    cancel: (key: string) => callRoute(cancelRoute, { method: 'PATCH', path: `${base}/payment_instrument/${key}/cancel`, token, params: at(key) }),
    entries: (key: string) => callRoute(listEntriesRoute, { path: `${base}/payment_instrument/${key}/payment_instrument_entry`, token, params: at(key) }),
    entry: (key: string, entryKey: string) =>
      callRoute(getEntryRoute, {
        path: `${base}/payment_instrument/${key}/payment_instrument_entry/${entryKey}`,
        token,
        params: { ...at(key), payment_instrument_entry_key: entryKey },
      }),
    withdraw: (body: unknown) => callRoute(createWalletEntryRoute, { path: `${base}/wallet_entry`, token, body, params: { wallet_key: walletKey } }),
    walletEntries: () => callRoute(listWalletEntriesRoute, { path: `${base}/wallet_entry`, token, params: { wallet_key: walletKey } }),
    walletEntry: (entryKey: string) =>
      callRoute(getWalletEntryRoute, { path: `${base}/wallet_entry/${entryKey}`, token, params: { wallet_key: walletKey, wallet_entry_key: entryKey } }),
    wallet: () => callRoute(getWalletRoute, { path: base, token, params: { wallet_key: walletKey } }),
  };
}

/** A card issued through the route, with its secrets from the one answer that shows them. */
export async function issueCard(issuer: CardIssuer, limit = '1000.00'): Promise<IssuedCard> {
  const res = await issuer.api.issue(issueBody({ limit_amount: limit }));
  if (res.status !== 201) throw new Error(`card not issued: ${JSON.stringify(res.body)}`);
  return res.body as unknown as IssuedCard;
}

/** `used_limit` of the wallet's postpaid limit as `GET /wallet/{key}` answers it. */
export async function walletUsedLimit(issuer: CardIssuer): Promise<number> {
  const res = await issuer.api.wallet();
  const limits = res.body.wallet_limits as { limit_type: string; used_limit: number }[];
  return Number(limits.find((limit) => limit.limit_type === 'postpaid_credit_limit')!.used_limit);
}
