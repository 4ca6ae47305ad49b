import { and, count, eq, ilike } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, accountProduct, auditEvent, invitation, merchant, merchantPricing } from '@/db/schema';
import { callerFromUser } from '@/lib/auth/caller';
import { setMailer, type MailMessage } from '@/lib/mail/mailer';
import { createTestApiClient, callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestAccount, createTestOperator } from '@/lib/testing/factories';
import { GET as getRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/route';
import { PUT as configurationsRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/configurations/route';
import { PUT as pricingRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/merchants/[merchant_uuid]/pricing/route';
import { POST as merchantsRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/merchants/route';
import { POST as invitationsRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/invitations/route';
import { PUT as productsRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/products/route';
import { POST as suspendRoute } from '@/app/api/v1/management/accounts/[entity_uuid]/suspend/route';
import { GET as listRoute, POST as createRoute } from '@/app/api/v1/management/accounts/route';
import { GET as operationsRoute } from '@/app/api/v1/operations/route';
import { resetClock, setClock } from '@/lib/clock';
import { describeInvitation, INVITATION_TTL_DAYS } from '@/lib/team/invitations';
import { readAccountConfiguration } from './account-configuration';

/** The token at the end of an invitation link. */
const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);

// The management API through its real handlers: every answer is checked against its operation by
// callRoute. Suspension's effect on the other doors has its own file (./suspension.integration.test.ts).

const db = await testDb();
const sent: MailMessage[] = [];
beforeAll(() => setMailer({ send: async (message) => void sent.push(message) }));
afterAll(() => setMailer(null));

const { account: platform } = await createTestOperator(db);
const { client: managementClient, token } = await createTestApiClient(db, { entityUuid: platform.entityUuid, scopes: ['management:accounts'] });

const tag = () => crypto.randomUUID().slice(0, 8);
const VALID_CNPJ = '11222333000181';
// Itaú (341): branch 1234, account 12345-1 passes its modulo-10 check digit.
const BANK_ACCOUNT = { bank_code: '341', branch: '1234', account: '12345', account_digit: '1', beneficiary_name: 'Padaria Bela Vista', beneficiary_document: VALID_CNPJ };

const api = (bearer: string = token) => ({
  create: (body: unknown) => callRoute(createRoute, { path: '/api/v1/management/accounts', token: bearer, body }),
  list: (query: Record<string, string> = {}) => callRoute(listRoute, { path: `/api/v1/management/accounts?${new URLSearchParams(query)}`, token: bearer }),
  get: (entityUuid: string) => callRoute(getRoute, { path: `/api/v1/management/accounts/${entityUuid}`, token: bearer, params: { entity_uuid: entityUuid } }),
  suspend: (entityUuid: string) => callRoute(suspendRoute, { method: 'POST', path: `/api/v1/management/accounts/${entityUuid}/suspend`, token: bearer, params: { entity_uuid: entityUuid } }),
  addMerchant: (entityUuid: string, body: unknown) => callRoute(merchantsRoute, { path: `/api/v1/management/accounts/${entityUuid}/merchants`, token: bearer, body, params: { entity_uuid: entityUuid } }),
  invite: (entityUuid: string, body: unknown) => callRoute(invitationsRoute, { path: `/api/v1/management/accounts/${entityUuid}/invitations`, token: bearer, body, params: { entity_uuid: entityUuid } }),
  configure: (entityUuid: string, body: unknown) =>
    callRoute(configurationsRoute, { method: 'PUT', path: `/api/v1/management/accounts/${entityUuid}/configurations`, token: bearer, body, params: { entity_uuid: entityUuid } }),
  products: (entityUuid: string, body: unknown) =>
    callRoute(productsRoute, { method: 'PUT', path: `/api/v1/management/accounts/${entityUuid}/products`, token: bearer, body, params: { entity_uuid: entityUuid } }),
  pricing: (entityUuid: string, merchantUuid: string, body: unknown) =>
    callRoute(pricingRoute, {
      method: 'PUT',
      path: `/api/v1/management/accounts/${entityUuid}/merchants/${merchantUuid}/pricing`,
      token: bearer,
      body,
      params: { entity_uuid: entityUuid, merchant_uuid: merchantUuid },
    }),
});

/** A fresh account onboarded through the API. */
async function onboard(overrides: Record<string, unknown> = {}) {
  const name = `Padaria ${tag()}`;
  const email = `owner-${tag()}@example.test`;
  const res = await api().create({ name, merchants: [{ name: `${name} Centro` }], owner: { email }, ...overrides });
  expect(res.status).toBe(201);
  return { ...res.body, email } as { entity_uuid: string; name: string; email: string; merchants: { merchant_uuid: string }[]; owner_invitation: { invitation_link: string } };
}

const auditOf = (entityUuid: string) => db.select().from(auditEvent).where(eq(auditEvent.entityUuid, entityUuid));

describe('POST /api/v1/management/accounts', () => {
  it('onboards the account, its merchants, its contract and its owner invitation, and answers the link once', async () => {
    const email = `dona-${tag()}@example.test`;
    const res = await api().create({
      name: 'Padaria Bela Vista',
      default_locale: 'es-MX',
      time_zone: 'America/Mexico_City',
      merchants: [{ name: 'Bela Vista — São Paulo' }, { name: 'Bela Vista Online', soft_descriptor: 'bvonline' }],
      products: [{ product: 'payment_wallet', quota: 3 }],
      owner: { email: email.toUpperCase() },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'merchant', status: 'active', default_locale: 'es-MX', time_zone: 'America/Mexico_City', products: [{ product: 'payment_wallet', quota: 3 }] });
    expect(res.body.merchants.map((m: { soft_descriptor: string }) => m.soft_descriptor)).toEqual(['BELAVISTASAOP', 'BVONLINE']);
    expect(res.body.owner_invitation).toMatchObject({ email, role: 'owner' });
    expect(res.body.owner_invitation.invitation_link).toMatch(/^https?:\/\/.+\/invitations\/[\w-]+$/);
    expect(sent.filter((message) => message.to === email).map((message) => message.text).join()).toContain(res.body.owner_invitation.invitation_link);

    const entityUuid = res.body.entity_uuid as string;
    expect(await db.select({ product: accountProduct.product, quota: accountProduct.quota }).from(accountProduct).where(eq(accountProduct.entityUuid, entityUuid))).toEqual([{ product: 'payment_wallet', quota: 3 }]);
    const [pending] = await db.select().from(invitation).where(eq(invitation.entityUuid, entityUuid));
    expect(pending).toMatchObject({ email, role: 'owner', invitedBy: managementClient.clientId });
    expect(pending!.tokenHash).not.toContain(res.body.owner_invitation.invitation_link.split('/').pop());

    const events = await auditOf(entityUuid);
    expect(events.map((event) => event.action).sort()).toEqual(['account.created', 'invitation.created', 'merchant.created', 'merchant.created']);
    expect(new Set(events.map((event) => `${event.actorType}:${event.actorId}`))).toEqual(new Set([`api_client:${managementClient.clientId}`]));
  });

  it('contracts every product without a quota when the contract is omitted', async () => {
    const created = await onboard();
    expect((await api().get(created.entity_uuid)).body.products).toEqual([
      { product: 'payment_wallet', quota: null, in_use: 0 },
      { product: 'credit_wallet', quota: null, in_use: 0 },
      { product: 'virtual_wallet', quota: null, in_use: 0 },
    ]);
  });

  it('refuses an owner who already has a login, and keeps nothing', async () => {
    const { user } = await createTestAccount(db);
    const name = `Refused ${tag()}`;
    const res = await api().create({ name, merchants: [{ name }], owner: { email: user.email } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'email_taken', details: { fields: [{ field: 'owner.email' }] } });
    expect(await db.select().from(account).where(eq(account.name, name))).toEqual([]);
    expect(await db.select().from(merchant).where(eq(merchant.name, name))).toEqual([]);
  });

  it('refuses an entity_uuid or merchant_uuid already used, and keeps nothing', async () => {
    const existing = await onboard();
    const name = `Duplicate ${tag()}`;
    const again = await api().create({ name, entity_uuid: existing.entity_uuid, merchants: [{ name }], owner: { email: `x-${tag()}@example.test` } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('errors.entity.already_exists');
    const taken = await api().create({ name, merchants: [{ name }, { name, merchant_uuid: existing.merchants[0]!.merchant_uuid }], owner: { email: `y-${tag()}@example.test` } });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'errors.merchant.already_exists', details: { fields: [{ field: 'merchants.1.merchant_uuid' }] } });
    expect(await db.select().from(account).where(eq(account.name, name))).toEqual([]);
  });

  it('refuses a body without merchants, with an unknown product or a bad e-mail, naming each field', async () => {
    const res = await api().create({ name: 'x', merchants: [], products: [{ product: 'gold_card', quota: 1 }], owner: { email: 'not-an-email' } });
    expect(res.status).toBe(400);
    expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['merchants', 'owner.email', 'products.0.product']);
  });
});

describe('who may manage accounts', () => {
  it('refuses a merchant account token even when it carries the management scope (403), and a platform token without it', async () => {
    const { account: merchantAccount } = await createTestAccount(db);
    const { token: smuggled } = await createTestApiClient(db, { entityUuid: merchantAccount.entityUuid, scopes: ['management:accounts', 'wallet:read'] });
    const { token: unscoped } = await createTestApiClient(db, { entityUuid: platform.entityUuid, scopes: ['wallet:read'] });
    for (const bearer of [smuggled, unscoped]) {
      expect((await api(bearer).list()).status).toBe(403);
      expect((await api(bearer).get(merchantAccount.entityUuid)).status).toBe(403);
      expect((await api(bearer).suspend(merchantAccount.entityUuid)).status).toBe(403);
      expect((await api(bearer).create({ name: 'x', merchants: [{ name: 'x' }], owner: { email: `z-${tag()}@example.test` } })).status).toBe(403);
    }
    const [row] = await db.select({ suspendedAt: account.suspendedAt }).from(account).where(eq(account.entityUuid, merchantAccount.entityUuid));
    expect(row!.suspendedAt).toBeNull();
  });

  it('lets the platform account be read but not changed', async () => {
    expect((await api().get(platform.entityUuid)).body.kind).toBe('platform');
    const suspended = await api().suspend(platform.entityUuid);
    expect(suspended.status).toBe(409);
    expect(suspended.body.code).toBe('errors.entity.platform_account');
    expect((await api().invite(platform.entityUuid, { email: `sneak-${tag()}@example.test`, role: 'owner' })).status).toBe(409);
    expect((await api().addMerchant(platform.entityUuid, { name: 'Sneaky' })).status).toBe(409);
  });

  it('answers 404 for an account that does not exist', async () => {
    const res = await api().get(crypto.randomUUID());
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('errors.entity.not_found');
  });
});

describe('GET /api/v1/management/accounts', () => {
  it('filters by name and status, with counts of merchants and members', async () => {
    const prefix = `Filtro ${tag()}`;
    const first = await onboard({ name: `${prefix} A` });
    await onboard({ name: `${prefix} B`, merchants: [{ name: 'B1' }, { name: 'B2' }] });
    await api().suspend(first.entity_uuid);
    const all = await api().list({ name: prefix.toLowerCase() });
    expect(all.body).toMatchObject({ total: 2, page: 1, has_more: false });
    expect(all.body.data.map((a: { name: string; merchant_count: number; member_count: number }) => [a.name, a.merchant_count, a.member_count])).toEqual([
      [`${prefix} B`, 2, 0],
      [`${prefix} A`, 1, 0],
    ]);
    const suspended = await api().list({ name: prefix, status: 'suspended' });
    expect(suspended.body.data.map((a: { name: string; status: string }) => [a.name, a.status])).toEqual([[`${prefix} A`, 'suspended']]);
    const paged = await api().list({ name: prefix, limit: '1' });
    expect(paged.body.has_more).toBe(true);
    const next = await api().list({ name: prefix, limit: '1', starting_after: paged.body.next_cursor });
    expect(next.body.data.map((a: { name: string }) => a.name)).toEqual([`${prefix} A`]);
  });

  it('takes % and _ in the name filter as themselves', async () => {
    expect((await api().list({ name: `%_${tag()}` })).body.total).toBe(0);
  });
});

describe('PUT /api/v1/management/accounts/{entity_uuid}/configurations', () => {
  it('stores the Pix key and city and a Pix payout destination (key normalized), and clears them with null', async () => {
    const { entity_uuid } = await onboard();
    const res = await api().configure(entity_uuid, {
      pix_key: VALID_CNPJ,
      pix_city: 'São Paulo',
      payout_destination: { type_payout: 'pix', pix_destination: { pix_address_key: '529.982.247-25', pix_address_key_type: 'cpf' } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      pix_key: VALID_CNPJ,
      pix_city: 'São Paulo',
      payout_destination: { type_payout: 'pix', pix_destination: { pix_address_key: '52998224725', pix_address_key_type: 'cpf' } },
    });
    expect((await api().get(entity_uuid)).body.configurations).toEqual(res.body);
    const ted = await api().configure(entity_uuid, { pix_key: null, pix_city: null, payout_destination: { type_payout: 'ted', bank_destination: BANK_ACCOUNT } });
    expect(ted.body).toMatchObject({ pix_key: null, pix_city: null, payout_destination: { type_payout: 'ted', bank_destination: { ...BANK_ACCOUNT, account_type: 'checking' } } });
    const [event] = (await auditOf(entity_uuid)).filter((e) => e.action === 'account.configurations_changed');
    expect(event!.data).toEqual({ pix_key_type: 'cnpj', pix_city: 'São Paulo', payout_destination_type: 'pix' });
  });

  it('refuses a bad key, a key without its city or a bank account failing its check digit (400), and changes nothing', async () => {
    const { entity_uuid } = await onboard();
    const valid = { pix_key: VALID_CNPJ, pix_city: 'Recife', payout_destination: null };
    expect((await api().configure(entity_uuid, valid)).status).toBe(200);
    const cases: [unknown, string][] = [
      [{ ...valid, pix_key: '123' }, 'pix_key'],
      [{ ...valid, pix_city: null }, 'pix_city'],
      [{ ...valid, payout_destination: { type_payout: 'ted', bank_destination: { ...BANK_ACCOUNT, account_digit: '9' } } }, 'payout_destination.bank_destination.account_digit'],
      [{ ...valid, payout_destination: { type_payout: 'pix', pix_destination: { pix_address_key: '52998224700', pix_address_key_type: 'cpf' } } }, 'payout_destination.pix_destination.pix_address_key'],
      [{ pix_key: VALID_CNPJ, pix_city: 'Recife' }, 'payout_destination'],
    ];
    for (const [body, field] of cases) {
      const res = await api().configure(entity_uuid, body);
      expect(res.status, field).toBe(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field), field).toContain(field);
    }
    expect((await api().get(entity_uuid)).body.configurations).toEqual({ pix_key: VALID_CNPJ, pix_city: 'Recife', payout_destination: null });
  });
});

describe('PUT /api/v1/management/accounts/{entity_uuid}/products', () => {
  it('replaces the contract and answers it with what is in use', async () => {
    const { entity_uuid } = await onboard();
    const res = await api().products(entity_uuid, { products: [{ product: 'credit_wallet', quota: 2 }] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ products: [{ product: 'credit_wallet', quota: 2, in_use: 0 }] });
    const [event] = (await auditOf(entity_uuid)).filter((e) => e.action === 'account.products_changed');
    expect(event!.data).toMatchObject({ to: [{ product: 'credit_wallet', quota: 2 }] });
  });

  it('refuses a product listed twice or a negative quota (400), and changes nothing', async () => {
    const { entity_uuid } = await onboard({ products: [{ product: 'payment_wallet', quota: 1 }] });
    const twice = await api().products(entity_uuid, { products: [{ product: 'payment_wallet', quota: 1 }, { product: 'payment_wallet', quota: 2 }] });
    expect(twice.status).toBe(400);
    const negative = await api().products(entity_uuid, { products: [{ product: 'payment_wallet', quota: -1 }] });
    expect(negative.status).toBe(400);
    expect(negative.body.details.fields[0].field).toBe('products.0.quota');
    expect((await api().get(entity_uuid)).body.products).toEqual([{ product: 'payment_wallet', quota: 1, in_use: 0 }]);
  });
});

describe('PUT /api/v1/management/accounts/{entity_uuid}/merchants/{merchant_uuid}/pricing', () => {
  it('sets the listed methods exactly (no floats) and keeps the defaults of the others', async () => {
    const { entity_uuid, merchants } = await onboard();
    const merchantUuid = merchants[0]!.merchant_uuid;
    const before = (await api().get(entity_uuid)).body.merchants[0].pricing;
    expect(before.find((p: { type_charge: string }) => p.type_charge === 'credit_card')).toEqual({ type_charge: 'credit_card', percent_bps: 349, fixed_amount: '0.00', settlement_delay_days: 1, customized: false });
    const res = await api().pricing(entity_uuid, merchantUuid, {
      pricing: [
        { type_charge: 'credit_card', percent_bps: 299, fixed_amount: '0.29', settlement_delay_days: 2 },
        { type_charge: 'pix', percent_bps: 0, fixed_amount: 0.1 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.pricing).toEqual([
      { type_charge: 'credit_card', percent_bps: 299, fixed_amount: '0.29', settlement_delay_days: 2, customized: true },
      { type_charge: 'debit_card', percent_bps: 199, fixed_amount: '0.00', settlement_delay_days: 1, customized: false },
      { type_charge: 'pix', percent_bps: 0, fixed_amount: '0.10', settlement_delay_days: null, customized: true },
      { type_charge: 'boleto', percent_bps: 0, fixed_amount: '3.49', settlement_delay_days: 1, customized: false },
    ]);
    const rows = await db.select().from(merchantPricing).where(eq(merchantPricing.merchantUuid, merchantUuid));
    expect(rows.map((row) => [row.typeCharge, row.fixedMinor]).sort()).toEqual([
      ['credit_card', 29n],
      ['pix', 10n],
    ]);
    // A second write updates the rows in place.
    await api().pricing(entity_uuid, merchantUuid, { pricing: [{ type_charge: 'credit_card', percent_bps: 250, fixed_amount: '0', settlement_delay_days: null }] });
    const [card] = await db.select().from(merchantPricing).where(and(eq(merchantPricing.merchantUuid, merchantUuid), eq(merchantPricing.typeCharge, 'credit_card')));
    expect(card).toMatchObject({ percentBps: 250, fixedMinor: 0n, settlementDelayDays: null });
    expect((await auditOf(entity_uuid)).filter((e) => e.action === 'merchant.pricing_changed')).toHaveLength(2);
  });

  it('refuses out-of-range rates, fractions of a centavo and a settlement delay for pix (400), and changes nothing', async () => {
    const { entity_uuid, merchants } = await onboard();
    const merchantUuid = merchants[0]!.merchant_uuid;
    const cases: [unknown, string][] = [
      [{ type_charge: 'credit_card', percent_bps: 10_001, fixed_amount: '0' }, 'pricing.0.percent_bps'],
      [{ type_charge: 'credit_card', percent_bps: 1.5, fixed_amount: '0' }, 'pricing.0.percent_bps'],
      [{ type_charge: 'credit_card', percent_bps: 100, fixed_amount: '0.001' }, 'pricing.0.fixed_amount'],
      [{ type_charge: 'credit_card', percent_bps: 100, fixed_amount: '-1.00' }, 'pricing.0.fixed_amount'],
      [{ type_charge: 'pix', percent_bps: 100, fixed_amount: '0', settlement_delay_days: 1 }, 'pricing.0.settlement_delay_days'],
      [{ type_charge: 'boleto', percent_bps: 100, fixed_amount: '0', settlement_delay_days: 31 }, 'pricing.0.settlement_delay_days'],
    ];
    for (const [row, field] of cases) {
      const res = await api().pricing(entity_uuid, merchantUuid, { pricing: [row] });
      expect(res.status, field).toBe(400);
      expect(res.body.details.fields.map((f: { field: string }) => f.field), field).toContain(field);
    }
    const [{ n }] = (await db.select({ n: count() }).from(merchantPricing).where(eq(merchantPricing.merchantUuid, merchantUuid))) as [{ n: number }];
    expect(n).toBe(0);
  });

  it("answers 404 for another account's merchant", async () => {
    const mine = await onboard();
    const theirs = await onboard();
    const res = await api().pricing(mine.entity_uuid, theirs.merchants[0]!.merchant_uuid, { pricing: [{ type_charge: 'pix', percent_bps: 1, fixed_amount: '0' }] });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('errors.merchant.not_found');
  });
});

describe('merchants and invitations', () => {
  it('adds a merchant (refusing a merchant_uuid already used) and invites members of any role, one pending invitation per address', async () => {
    const { entity_uuid } = await onboard();
    const merchantUuid = crypto.randomUUID();
    const added = await api().addMerchant(entity_uuid, { merchant_uuid: merchantUuid, name: 'Café Três Corações' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ merchant_uuid: merchantUuid, soft_descriptor: 'CAFETRESCORAC' });
    expect((await api().addMerchant(entity_uuid, { merchant_uuid: merchantUuid, name: 'Again' })).body.code).toBe('errors.merchant.already_exists');

    const email = `finance-${tag()}@example.test`;
    const invited = await api().invite(entity_uuid, { email, role: 'finance' });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email, role: 'finance', invitation_link: expect.stringContaining('/invitations/') });
    // Inviting the address again replaces its pending invitation, with the role now asked: the first link stops working.
    const again = await api().invite(entity_uuid, { email, role: 'viewer' });
    expect(again).toMatchObject({ status: 201, body: { email, role: 'viewer' } });
    expect(await describeInvitation(db, tokenOf(invited.body.invitation_link))).toMatchObject({ state: 'revoked' });
    expect(await describeInvitation(db, tokenOf(again.body.invitation_link))).toMatchObject({ state: 'valid', role: 'viewer' });
    expect((await api().get(entity_uuid)).body).toMatchObject({ pending_invitations: 2, member_count: 0 });
    const invitations = await db.select().from(invitation).where(ilike(invitation.email, email));
    expect(invitations.map((row) => row.invitedBy)).toEqual([managementClient.clientId, managementClient.clientId]);
  });

  it("re-invites an owner whose invitation expired, which nobody in the new account could resend", async () => {
    const onboarded = await onboard();
    setClock(new Date(Date.now() + (INVITATION_TTL_DAYS + 1) * 24 * 60 * 60 * 1000));
    try {
      expect(await describeInvitation(db, tokenOf(onboarded.owner_invitation.invitation_link))).toMatchObject({ state: 'expired' });
      const renewed = await api().invite(onboarded.entity_uuid, { email: onboarded.email, role: 'owner' });
      expect(renewed.status).toBe(201);
      expect(await describeInvitation(db, tokenOf(renewed.body.invitation_link))).toMatchObject({ state: 'valid', role: 'owner' });
    } finally {
      resetClock();
    }
  });
});

describe('GET /api/v1/operations', () => {
  it('lists every operation for any valid token, marking the platform-only ones', async () => {
    const { account: merchantAccount } = await createTestAccount(db);
    const { token: merchantToken } = await createTestApiClient(db, { entityUuid: merchantAccount.entityUuid, scopes: ['wallet:read'] });
    const res = await callRoute(operationsRoute, { path: '/api/v1/operations', token: merchantToken });
    expect(res.status).toBe(200);
    expect(res.body.data).toContainEqual({ operation: 'wallet:read', description: 'Read payment wallets and balances', platform_only: false });
    expect(res.body.data).toContainEqual({ operation: 'management:accounts', description: expect.any(String), platform_only: true });
    expect(res.body.data.filter((op: { platform_only: boolean }) => op.platform_only)).toHaveLength(1);
    expect((await callRoute(operationsRoute, { path: '/api/v1/operations' })).status).toBe(401);
  });
});

describe('readAccountConfiguration (the settings page)', () => {
  it("reads the member's own account: its configurations, contract with usage and prices", async () => {
    const { account: own, user } = await createTestAccount(db);
    await api().configure(own.entityUuid, { pix_key: VALID_CNPJ, pix_city: 'Curitiba', payout_destination: null });
    await api().products(own.entityUuid, { products: [{ product: 'payment_wallet', quota: 4 }] });
    const read = await readAccountConfiguration(db, callerFromUser(user));
    expect(read.configurations).toEqual({ pixKey: VALID_CNPJ, pixCity: 'Curitiba', payoutDestination: null });
    expect(read.products).toEqual([{ product: 'payment_wallet', quota: 4, inUse: 0 }]);
    expect(read.merchants.map((m) => [m.entityUuid, m.pricing.length])).toEqual([[own.entityUuid, 4]]);
  });
});
