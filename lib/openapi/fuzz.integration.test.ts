import { NASTY_VALUES, RAW_BODIES } from '@/lib/testing/hostile-inputs';
import { count, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEvent, charge, chargeRefund, creditWallet, ledgerEntry, paymentLink, virtualWallet, virtualWalletDeposit, virtualWalletTransfer, wallet, walletLimit, webhookDelivery, webhookEndpoint, webhookEvent } from '@/db/schema';
import type { Operation } from '@/lib/api/operation';
import { ALL_SCOPES } from '@/lib/api/scopes';
import { contractProblems } from '@/lib/api/response-contract';
import { createCharge } from '@/lib/charges/create';
import { createApiClient } from '@/lib/credentials/create';
import { createPaymentLink } from '@/lib/payment-links/create';
import { createPaymentLinkSchema } from '@/lib/payment-links/schemas';
import { postWallet, walletBody } from '@/lib/credit/test-fixtures';
import { createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { servedRoutes, type ServedRoute } from '@/lib/testing/served-routes';
import { createTestEndpoint, deliveriesOfEvent, recordTestEvent } from '@/lib/testing/webhook-factories';
import { createVirtualWallet } from '@/lib/virtual-wallets/create';
import { simulateVirtualDeposit } from '@/lib/virtual-wallets/sandbox';
import { seedWallet, walletTenant } from '@/lib/wallets/test-fixtures';

/**
 * Malformed requests against every operation of the OpenAPI document, in process, on the real
 * database: NUL characters, huge and odd strings, numbers where text goes (and the reverse),
 * exponents, amounts past any column, broken JSON, bad ids, bad idempotency keys. Whatever comes
 * in, no answer is a 5xx, every answer keeps its operation's contract (declared status, its
 * route's error dialect, a listed code), and an error changes nothing in the tenant's rows.
 * Seeded, so a failure replays; bounded by a request budget per operation.
 */
const REQUESTS_PER_OPERATION = 150;
const SEED = 20261201;

const db = await testDb();

const nasty = fc.constantFrom<unknown>(...NASTY_VALUES);
const value = fc.oneof(nasty, fc.string({ maxLength: 40 }), fc.integer(), fc.double({ noNaN: true }), fc.constant(undefined));


/** The tenant the fuzzing runs in: one of everything, and a token holding every scope. */
async function fuzzTenant() {
  const tenant = await walletTenant(db, ALL_SCOPES);
  const entityUuid = tenant.account.entityUuid;
  const payment = await seedWallet(db, tenant);
  const credit = await creditTenantIn(entityUuid);
  const { endpoint } = await createTestEndpoint(db, { entityUuid, url: 'https://hooks.example.test/fuzz' });
  const eventUuid = await recordTestEvent(db, entityUuid);
  const [delivery] = await deliveriesOfEvent(db, eventUuid);
  const { client, clientSecret } = await createApiClient(db, tenant.caller, { entityUuid, name: 'fuzz', scopes: ['wallet:read'], walletUuid: null });
  const chargeBody = fuzzChargeBody(payment.walletUuid, payment.merchantUuid!);
  const paid = await createCharge(db, tenant.caller, { ...chargeBody, ...SANDBOX_CARD });
  const issued = await createCharge(db, tenant.caller, chargeBody);
  const preAuthorized = await createCharge(db, tenant.caller, { ...chargeBody, ...SANDBOX_CARD, capture: false });
  const linkBody = {
    wallet_uuid: payment.walletUuid,
    merchant_id: payment.merchantUuid!,
    region: 'BR',
    currency: 'BRL',
    billing_type: 'one_time',
    charge_type: ['credit_card'],
    name: 'Fuzz link',
    value: '10.00',
  } as const;
  const link = await createPaymentLink(db, tenant.caller, createPaymentLinkSchema.parse(linkBody));
  const virtual = await createVirtualWallet(db, tenant.caller, payment.walletUuid, { reference: 'fuzz-customer', name: 'Fuzz customer' });
  await simulateVirtualDeposit(db, tenant.caller, virtual.virtualWalletUuid, { amountMinor: 50_00n });
  return {
    entityUuid,
    token: tenant.token,
    realIds: {
      wallet_uuid: [payment.walletUuid, credit.walletKey],
      wallet_key: [credit.walletKey, payment.walletUuid],
      wallet_limit_key: [credit.limitKey],
      endpoint_uuid: [endpoint.endpointUuid],
      delivery_uuid: delivery ? [delivery.deliveryUuid] : [],
      charge_uuid: [paid.chargeUuid, preAuthorized.chargeUuid, issued.chargeUuid],
      uuid: [issued.chargeUuid, paid.chargeUuid, link.paymentLinkUuid],
      payment_link_uuid: [link.paymentLinkUuid],
      virtual_wallet_uuid: [virtual.virtualWalletUuid],
    } as Record<string, string[]>,
    bodies: {
      createWallet: { entity_uuid: entityUuid, customer_id: 'c', currency: 'MXN', name: 'n', email: 'a@b.co', create_credentials: false },
      createCreditWallet: walletBody(),
      updateCreditWalletLimit: { limit_amount: 10 },
      createWebhookEndpoint: { url: 'https://hooks.example.test/x', webhook_key: 'k', events: ['wallet.created'], format: 'platform' },
      updateWebhookEndpoint: { url: 'https://hooks.example.test/y' },
      simulateKycDecision: { action: 'reject', reason: 'Documento ilegível' },
      issueAccessToken: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret },
      createCharge: { ...chargeBody, ...SANDBOX_CARD },
      captureCharge: { charge_uuid: preAuthorized.chargeUuid, wallet_uuid: payment.walletUuid, amount: '1.00' },
      refundCharge: { amount: '1.00', reason: 'fuzz' },
      cancelCharge: { reason: 'fuzz' },
      payCharge: { ...SANDBOX_CARD, payer_tax_id: chargeBody.payer_tax_id },
      completeThreeDsChallenge: { passed: true },
      simulateChargeDispute: { action: 'open' },
      createPaymentLink: linkBody,
      startPaymentLinkPayment: { method: 'credit_card', payer_name: 'P', payer_email: 'p@example.test', payer_tax_id: '52998224725', payer_cell_phone: '+5511999999999' },
      createVirtualWallet: { reference: 'fuzz-2', name: 'Fuzz customer 2' },
      transferVirtualWallet: { amount: '1.00', direction: 'to_holding' },
      updateHoldingConfiguration: { minimum_deposit: '1.00', leverage_ceiling: '0.00', reserve_ratio_bps: 10000 },
      simulateVirtualDeposit: { amount: '2.00' },
    } as Record<string, unknown>,
  };
}

const SANDBOX_CARD = { card_name: 'Fuzz Payer', card_number: '4024007153763191', card_expiry_month: '12', card_expiry_year: '2035', card_cvv: '123' };

function fuzzChargeBody(walletUuid: string, merchantUuid: string) {
  return {
    wallet_uuid: walletUuid,
    merchant_id: merchantUuid,
    payer_name: 'Fuzz Payer',
    payer_email: 'payer@example.test',
    payer_tax_id: '52998224725',
    payer_cell_phone: '+5511999999999',
    installment_value: '100.00',
    installment_count: 1,
    currency: 'BRL' as const,
    due_date: '2030-01-01',
    description: 'Fuzz charge',
    type_charge: 'credit_card',
    payer_address: { street: 'Rua A', address_number: '1', neighborhood: 'Centro', city: 'São Paulo', state: 'SP', postal_code: '01000000', country: 'BR' },
    items: [],
    capture: true,
    threeds_authentication: false,
  };
}

// A credit wallet (with its limit) in the fuzzing tenant, made through the API as a client would.
async function creditTenantIn(entityUuid: string) {
  const { token } = await createTestApiClient(db, { entityUuid, scopes: ['credit:read', 'credit:write'] });
  const created = await postWallet(token, walletBody());
  const walletKey = created.body.wallet_key as string;
  const [limit] = await db.select().from(walletLimit).where(eq(walletLimit.walletUuid, walletKey));
  return { walletKey, limitKey: limit!.walletLimitKey };
}

/**
 * Everything an error must leave as it was: the tenant's rows, counted, its limit amounts and wallet
 * statuses. (A refused write sent with an Idempotency-Key does keep its answer, for replays: that
 * bookkeeping row is not a change.)
 */
async function snapshot(entityUuid: string) {
  const counted = await Promise.all(
    [wallet, creditWallet, walletLimit, webhookEndpoint, webhookEvent, webhookDelivery, auditEvent, charge, chargeRefund, ledgerEntry, paymentLink, virtualWallet, virtualWalletDeposit, virtualWalletTransfer].map(async (table) => {
      const [row] = await db.select({ n: count() }).from(table).where(eq(table.entityUuid, entityUuid));
      return row!.n;
    }),
  );
  const [limits] = await db
    .select({ total: sql<string>`coalesce(sum(${walletLimit.limitAmountMinor}), 0)::text` })
    .from(walletLimit)
    .where(eq(walletLimit.entityUuid, entityUuid));
  const [states] = await db
    .select({ states: sql<string>`string_agg(${wallet.status}, ',' order by ${wallet.walletUuid})` })
    .from(wallet)
    .where(eq(wallet.entityUuid, entityUuid));
  const [charges] = await db
    .select({ states: sql<string>`string_agg(${charge.status} || ':' || ${charge.capturedMinor} || ':' || ${charge.refundedMinor}, ',' order by ${charge.chargeUuid})` })
    .from(charge)
    .where(eq(charge.entityUuid, entityUuid));
  return JSON.stringify({ counted, limits: limits!.total, states: states!.states, charges: charges!.states });
}

function propertiesOf(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
  return Object.keys(json.properties ?? {});
}

/** Replaces, drops or adds one field somewhere in a copy of `base`. */
function mutate(base: unknown, path: string[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy: Record<string, unknown> = base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {};
  const [head, ...rest] = path as [string, ...string[]];
  if (replacement === undefined && !rest.length) delete copy[head];
  else copy[head] = mutate(copy[head], rest, replacement);
  return copy;
}

function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...prefix, key]))];
}

interface FuzzRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body: string | undefined;
  headers: Record<string, string>;
}

function requestsFor(operation: Operation, tenant: Awaited<ReturnType<typeof fuzzTenant>>): fc.Arbitrary<FuzzRequest> {
  const paramNames = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const idFor = (name: string) => fc.oneof(fc.constantFrom(...(tenant.realIds[name]?.length ? tenant.realIds[name]! : ['none'])), fc.constantFrom(...(tenant.realIds[name] ?? []).map((id) => id.toUpperCase()), 'not-a-uuid'), fc.string({ maxLength: 60 }), nasty.map(String));
  const params = fc.record(Object.fromEntries(paramNames.map((name) => [name, idFor(name)])) as Record<string, fc.Arbitrary<string>>);
  const queryNames = [...propertiesOf(operation.query), 'unknown_param'];
  const query = fc.dictionary(fc.constantFrom(...queryNames), value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')), { maxKeys: 3 });
  const base = tenant.bodies[operation.operationId] ?? {};
  const paths = [...leafPaths(base), ...propertiesOf(operation.body).map((p) => [p]), ['unexpected_field']];
  const mutated = fc.tuple(fc.constantFrom(...paths), value).map(([path, replacement]) => JSON.stringify(mutate(base, path, replacement)));
  const body = operation.method === 'get' ? fc.constant(undefined) : fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) });
  const key = fc.oneof(fc.constant(undefined), fc.constantFrom('', ' ', 'x'.repeat(300), 'ok-key'), fc.uuid());
  const headers = key.map((k): Record<string, string> => (k === undefined || operation.method === 'get' ? {} : { 'idempotency-key': k }));
  return fc.record({ params, query, body, headers });
}

function toRequest(route: ServedRoute, operation: Operation, input: FuzzRequest, token: string): Request {
  // The handler reads its params from the context, as Next.js decodes them; the URL only has to parse.
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent((input.params[name] ?? '').toWellFormed()));
  const url = new URL(path, 'http://localhost');
  for (const [name, item] of Object.entries(input.query)) url.searchParams.set(name, item);
  const form = operation.dialect === 'oauth';
  const headers = new Headers({ ...input.headers, authorization: `Bearer ${token}` });
  headers.set('content-type', form ? 'application/x-www-form-urlencoded' : 'application/json');
  headers.set('x-forwarded-for', `198.51.100.${Math.floor(Math.random() * 250)}`);
  let body = input.body;
  if (form && body !== undefined) {
    try {
      const fields = JSON.parse(body) as Record<string, unknown>;
      body = new URLSearchParams(Object.entries(fields ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
    } catch {
      // A raw body that is not JSON goes as it is.
    }
  }
  return new Request(url, { method: route.method, headers, body });
}

describe('every API operation under malformed input (fuzz)', async () => {
  const tenant = await fuzzTenant();
  const routes = (await servedRoutes()).filter((route) => route.operation);

  it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))('%s answers no 5xx, keeps its contract and changes nothing on errors', async (_, route) => {
    const operation = route.operation!;
    const failures: string[] = [];
    const samples = fc.sample(requestsFor(operation, tenant), { seed: SEED, numRuns: REQUESTS_PER_OPERATION });
    for (const input of samples) {
      const before = await snapshot(tenant.entityUuid);
      const response = await route.handler(toRequest(route, operation, input, tenant.token), { params: Promise.resolve(input.params) });
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        failures.push(`${response.status}: not JSON: ${text.slice(0, 120)}`);
        continue;
      }
      const described = `${response.status} for ${JSON.stringify(input).slice(0, 300)}: ${text.slice(0, 200)}`;
      if (response.status >= 500) failures.push(`a 5xx: ${described}`);
      for (const problem of contractProblems(operation, response.status, body)) failures.push(`${problem}: ${described}`);
      if (response.status >= 400 && (await snapshot(tenant.entityUuid)) !== before) failures.push(`an error changed rows: ${described}`);
    }
    expect(failures).toEqual([]);
  });
});
