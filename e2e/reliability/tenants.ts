import { randomInt, randomUUID } from 'node:crypto';
import { generateCpf } from '@brazilian-utils/brazilian-utils';
import type { Db } from '@/db/client';
import { grantableScopes, type Scope } from '@/lib/api/scopes';
import { eq } from 'drizzle-orm';
import { account } from '@/db/schema';
import { createApiClient } from '@/lib/credentials/create';
import { MANAGEMENT_SCOPE } from '@/lib/management/scopes';
import { createTestAccount } from '@/lib/testing/factories';
import { ApiClient, call, expectAnswer } from './http-client';

// Tenants made the only way there is today (accounts and their first API client through the
// services, on the suite's database), and everything after that through the API, as an
// integrator would: a token from the token endpoint, wallets, credit wallets, cards, endpoints.

export interface Tenant {
  entityUuid: string;
  /** The merchant the account was created with (wallets created by the API get merchants of their own). */
  merchantUuid: string;
  api: ApiClient;
  /** Another client of the account, with exactly these scopes, as an API client on the same servers. */
  clientWith(scopes: Scope[]): Promise<ApiClient>;
}

export async function createTenant(db: Db, servers: readonly string[], scopes: Scope[] = grantableScopes('merchant')): Promise<Tenant> {
  const { account, merchant } = await createTestAccount(db);
  const entityUuid = account.entityUuid;
  const clientWith = async (granted: Scope[]) => {
    const actor = { type: 'system' as const, id: 'reliability-suite', entityUuid };
    const { client, clientSecret } = await createApiClient(db, actor, { entityUuid, name: `reliability ${granted.join(' ') || 'no scopes'}`, scopes: granted });
    return new ApiClient(servers, await accessToken(servers[0]!, client.clientId, clientSecret));
  };
  return { entityUuid, merchantUuid: merchant.merchantUuid, api: await clientWith(scopes), clientWith };
}

/**
 * A client of the platform's own account holding the management scope, as an operator's
 * integration would (the account made on first use: there is only ever one).
 */
export async function createPlatformClient(db: Db, servers: readonly string[]): Promise<ApiClient> {
  await db.insert(account).values({ name: 'Platform operations', kind: 'platform' }).onConflictDoNothing();
  const [platform] = await db.select({ entityUuid: account.entityUuid }).from(account).where(eq(account.kind, 'platform'));
  const actor = { type: 'system' as const, id: 'reliability-suite', entityUuid: platform!.entityUuid };
  const { client, clientSecret } = await createApiClient(db, actor, { entityUuid: platform!.entityUuid, name: 'reliability operator', scopes: [MANAGEMENT_SCOPE] });
  return new ApiClient(servers, await accessToken(servers[0]!, client.clientId, clientSecret));
}

async function accessToken(server: string, clientId: string, clientSecret: string): Promise<string> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString();
  const answer = expectAnswer(await call(server, 'POST', '/api/oauth2/token', { raw: form, contentType: 'application/x-www-form-urlencoded' }), 200, 'token');
  return answer.body.access_token as string;
}

export interface PaymentWallet {
  walletUuid: string;
  merchantUuid: string;
}

/** A BRL payment wallet, with a merchant of its own (one live wallet per merchant and currency). */
export async function createPaymentWallet(tenant: Tenant, name: string): Promise<PaymentWallet> {
  const body = {
    entity_uuid: tenant.entityUuid,
    customer_id: `cust_${randomUUID()}`,
    currency: 'BRL',
    name,
    email: 'finance@reliability.example.test',
    create_credentials: false,
  };
  const answer = expectAnswer(await tenant.api.post('/api/v1/bank/wallet/', body, { idempotencyKey: randomUUID() }), 200, 'create wallet');
  return { walletUuid: answer.body.wallet_uuid, merchantUuid: answer.body.merchant_uuid };
}

const EXPIRY_YEAR = String(new Date().getUTCFullYear() + 3);

/** A sandbox-BIN card the sandbox acquirer approves (A.11: the last digit decides), unique per call. */
export function approvedCard(): CardFields {
  return { card_name: 'MARIA DA SILVA', card_number: `402400${String(randomInt(1e9)).padStart(9, '0')}1`, card_expiry_month: '12', card_expiry_year: EXPIRY_YEAR, card_cvv: '123' };
}

export interface CardFields {
  card_name: string;
  card_number: string;
  card_expiry_month: string;
  card_expiry_year: string;
  card_cvv: string;
}

/**
 * A valid A55 card charge body for the wallet: a fresh approved card unless `card` names one (null:
 * no card, the charge waits `issued` for its payer), captured at once unless `capture` is false.
 */
export function chargeBody(wallet: PaymentWallet, options: { amount: string; description: string; card?: CardFields | null; capture?: boolean }) {
  return {
    wallet_uuid: wallet.walletUuid,
    merchant_id: wallet.merchantUuid,
    payer_name: 'Maria da Silva',
    payer_email: 'maria.silva@cliente.example.test',
    payer_tax_id: '52998224725',
    payer_cell_phone: '+5511987654321',
    installment_value: options.amount,
    installment_count: 1,
    currency: 'BRL',
    due_date: '2030-12-31',
    description: options.description,
    type_charge: 'credit_card',
    payer_address: { street: 'Avenida Paulista', address_number: '1000', neighborhood: 'Bela Vista', city: 'São Paulo', state: 'SP', postal_code: '01310100', country: 'BR' },
    items: [],
    capture: options.capture ?? true,
    ...(options.card === null ? {} : (options.card ?? approvedCard())),
  };
}

/** A QI natural person with a valid CPF of its own. */
function naturalOwner() {
  return {
    person_type: 'natural',
    name: 'Joana Pereira',
    document_number: generateCpf(),
    birthdate: '1985-04-12',
    email: 'joana@example.test',
    phone: { country_code: '55', area_code: '11', number: '999999999' },
    address: { street: 'Rua das Flores', number: '123', neighborhood: 'Centro', postal_code: '01234567', city: 'São Paulo', state: 'SP' },
  };
}

/** A QI payroll credit-wallet request: a postpaid limit and a payroll withdrawal limit. */
export function payrollWalletBody() {
  return {
    request_control_key: randomUUID(),
    wallet_type: 'payroll',
    owner: naturalOwner(),
    invoice_configuration: {
      closing_date_configuration: { type: 'fixed', fixed_day: 15 },
      due_date_configuration: { type: 'fixed', fixed_day: 25, offset_months: 0 },
      invoice_payment_type: 'bank_slip',
    },
    limits: { postpaid_credit_limit: '1000.00', payroll_withdraw_limit: '500.00' },
  };
}

/** A QI credit-wallet request for a fresh natural owner. */
export function creditWalletBody(limit: string) {
  return {
    request_control_key: randomUUID(),
    owner: naturalOwner(),
    invoice_configuration: {
      closing_date_configuration: { type: 'fixed', fixed_day: 15 },
      due_date_configuration: { type: 'fixed', fixed_day: 25, offset_months: 0 },
      invoice_payment_type: 'bank_slip',
      interest_base: 'calendar_days',
      monthly_interest_percentage: 2,
      fine_percentage: 2,
    },
    limits: { postpaid_credit_limit: limit },
  };
}

export interface CreditCard {
  walletKey: string;
  walletLimitKey: string;
  paymentInstrumentKey: string;
  card: CardFields;
}

/** A credit wallet from the request `body`, approved in the sandbox's KYC unless told to leave it pending. */
export async function createCreditWallet(tenant: Tenant, body: Record<string, unknown>, options: { approve: boolean } = { approve: true }): Promise<string> {
  const created = expectAnswer(await tenant.api.post('/api/v1/credit/wallet', body, { idempotencyKey: randomUUID() }), [201, 202], 'credit wallet');
  const walletKey = created.body.wallet_key as string;
  if (options.approve) expectAnswer(await tenant.api.post(`/api/v1/sandbox/wallets/${walletKey}/kyc`, { action: 'approve' }, { idempotencyKey: randomUUID() }), 200, 'KYC approval');
  return walletKey;
}

/**
 * A credit wallet approved in the sandbox's KYC and a postpaid card issued under it: the card's
 * number, CVV and expiry come back once, in the issuing answer.
 */
export async function creditWalletWithCard(tenant: Tenant, limits: { wallet: string; card: string }): Promise<CreditCard> {
  const walletKey = await createCreditWallet(tenant, creditWalletBody(limits.wallet));
  const wallet = expectAnswer(await tenant.api.get(`/api/v1/credit/wallet/${walletKey}`), 200, 'credit wallet read');
  const walletLimitKey = (wallet.body.wallet_limits as { wallet_limit_key: string }[])[0]!.wallet_limit_key;
  const issued = expectAnswer(await tenant.api.post(`/api/v1/credit/wallet/${walletKey}/payment_instrument`, cardIssueBody(limits.card), { idempotencyKey: randomUUID() }), 201, 'card issue');
  const card = issued.body.card as { number: string; cvv: string; expiration_month: number; expiration_year: number };
  return {
    walletKey,
    walletLimitKey,
    paymentInstrumentKey: issued.body.payment_instrument_key,
    card: {
      card_name: 'JOANA PEREIRA',
      card_number: card.number,
      card_expiry_month: String(card.expiration_month).padStart(2, '0'),
      card_expiry_year: String(card.expiration_year),
      card_cvv: card.cvv,
    },
  };
}

/** A QI request for a virtual postpaid card with its own limit. */
export function cardIssueBody(limit: string) {
  return {
    request_control_key: randomUUID(),
    owner: naturalOwner(),
    payment_instrument_type: 'postpaid_card',
    limit_amount: limit,
    postpaid_card_data: { card_type: 'virtual', card_name: 'Cartão Principal', printed_name: 'Joana Pereira' },
  };
}

/** A webhook endpoint of the tenant, its signing secret from the one answer that shows it. */
export async function createEndpoint(tenant: Tenant, url: string, events: string[], format = 'platform'): Promise<{ endpointUuid: string; signingSecret: string }> {
  const body = { url, webhook_key: 'reliability-key', events, format, description: 'reliability suite receiver' };
  const answer = expectAnswer(await tenant.api.post('/api/v1/webhooks/endpoints', body, { idempotencyKey: randomUUID() }), 201, 'webhook endpoint');
  return { endpointUuid: answer.body.endpoint_uuid, signingSecret: answer.body.signing_secret };
}
