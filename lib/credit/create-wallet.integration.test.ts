import { randomUUID } from 'node:crypto';
import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent } from '@/db/schema';
import { GET as getWallet } from '@/app/api/v1/credit/wallet/[wallet_key]/route';
import { POST as createWallet } from '@/app/api/v1/credit/wallet/route';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { approveKyc } from '@/lib/kyc/decide';
import { operator } from '@/lib/kyc/test-fixtures';
import {
  creditTenant,
  invoiceConfiguration,
  legalOwner,
  naturalOwner,
  postWallet,
  SEED_002_BODY,
  walletBody,
} from './test-fixtures';

const db = await testDb();

describe('POST /api/v1/credit/wallet (seed 002)', () => {
  it('refuses the seed body for its CPF check digits, then round-trips it with a valid CPF', async () => {
    const { token } = await creditTenant(db);
    const refused = await callRoute(createWallet, { path: '/api/v1/credit/wallet', token, rawBody: SEED_002_BODY });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ title: 'Bad Request', code: 'QIT000001', description: 'Schema Error', translation: 'Schema Inválido' });
    expect(Object.keys(refused.body.extra_fields)).toEqual(['owner.document_number']);

    const rawBody = SEED_002_BODY.replace('"12345678901"', '"12345678909"');
    const created = await callRoute(createWallet, { path: '/api/v1/credit/wallet', token, rawBody });
    expect(created.status).toBe(202);
    expect(created.body).toEqual({ wallet_key: expect.any(String), owner_person_key: null, wallet_status: 'pending_analysis' });

    const fetched = await callRoute(getWallet, { path: `/api/v1/credit/wallet/${created.body.wallet_key}`, token, params: { wallet_key: created.body.wallet_key } });
    expect(fetched.status).toBe(200);
    const sent = JSON.parse(rawBody);
    expect(fetched.body).toEqual({
      request_control_key: 'f7947b9d-9be3-49d8-aca2-4b3249e5fa65',
      wallet_key: created.body.wallet_key,
      owner_person_key: null,
      owner_document_number: '12345678909',
      invoice_configuration: sent.invoice_configuration,
      wallet_status: 'pending_analysis',
      wallet_type: 'default',
      wallet_limits: [{ wallet_limit_key: expect.any(String), limit_type: 'postpaid_credit_limit', limit_amount: 5000, used_limit: 0 }],
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    // The exact digits the client wrote, not what a float would print.
    const text = await (await getWallet(new Request(`http://localhost/api/v1/credit/wallet/${created.body.wallet_key}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ wallet_key: created.body.wallet_key }) })).text();
    expect(text).toContain('"monthly_interest_percentage":2.0');
    expect(text).toContain('"fine_percentage":2.0');
    expect(text).toContain('"limit_amount":5000.00');
    expect(text).toContain('"used_limit":0.00');
  });

  it('names every bad owner field in extra_fields', async () => {
    const { token } = await creditTenant(db);
    const owner = {
      ...naturalOwner('11111111111'),
      name: 'x'.repeat(101),
      email: 'not-an-email',
      birthdate: '1990-02-30',
      phone: { country_code: '55', area_code: '1', number: '99' },
      address: { street: 'Rua', number: '1', neighborhood: 'Centro', postal_code: '0123-456', city: 'SP', state: 'XX' },
    };
    const res = await postWallet(token, walletBody({ owner }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('QIT000001');
    expect(Object.keys(res.body.extra_fields).sort()).toEqual(
      [
        'owner.name',
        'owner.document_number',
        'owner.birthdate',
        'owner.email',
        'owner.phone.area_code',
        'owner.phone.number',
        'owner.address.postal_code',
        'owner.address.state',
      ].sort(),
    );
  });

  it('accepts the state EX and a legal person with an alphanumeric CNPJ', async () => {
    const { token } = await creditTenant(db);
    const owner = { ...legalOwner('Q0SLFMBD7VX439'), address: { ...naturalOwner().address, state: 'EX' } };
    const res = await postWallet(token, walletBody({ owner }));
    expect(res.status).toBe(202);
    const fetched = await callRoute(getWallet, { path: '/x', token, params: { wallet_key: res.body.wallet_key } });
    expect(fetched.body.owner_document_number).toBe('Q0SLFMBD7VX439');
  });

  it('refuses a CNPJ with bad check digits as a schema error and a bad representative CPF as CIN000002', async () => {
    const { token } = await creditTenant(db);
    const badCnpj = await postWallet(token, walletBody({ owner: legalOwner('Q0SLFMBD7VX438') }));
    expect(badCnpj.status).toBe(400);
    expect(badCnpj.body.code).toBe('QIT000001');
    expect(Object.keys(badCnpj.body.extra_fields)).toEqual(['owner.document_number']);

    const owner = legalOwner();
    owner.legal_representatives = [naturalOwner(), naturalOwner('12345678901')];
    const badSigner = await postWallet(token, walletBody({ owner }));
    expect(badSigner.status).toBe(400);
    expect(badSigner.body).toEqual({
      title: 'Bad Request',
      description: 'Invalid signer document number',
      translation: 'Número do documento do signatário inválido',
      code: 'CIN000002',
      extra_fields: { 'owner.legal_representatives.1.document_number': expect.any(String) },
    });
  });

  it('requires exactly one of owner and person_key', async () => {
    const { token } = await creditTenant(db);
    const both = await postWallet(token, walletBody({ person_key: randomUUID() }));
    expect(both.status).toBe(400);
    expect(Object.keys(both.body.extra_fields)).toEqual(['person_key']);
    const neither = await postWallet(token, walletBody({ owner: undefined }));
    expect(neither.status).toBe(400);
    expect(Object.keys(neither.body.extra_fields)).toEqual(['owner']);
  });

  it('requires a request_control_key at the top level or in owner, and they must agree', async () => {
    const { token } = await creditTenant(db);
    const missing = await postWallet(token, walletBody({ request_control_key: undefined }));
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.extra_fields)).toEqual(['request_control_key']);

    const notV4 = await postWallet(token, walletBody({ request_control_key: '8cb70dea-9fb0-1a68-9572-99a72849c8d6' }));
    expect(Object.keys(notV4.body.extra_fields)).toEqual(['request_control_key']);

    const differing = await postWallet(token, walletBody({ owner: { ...naturalOwner(), request_control_key: randomUUID() } }));
    expect(differing.status).toBe(400);
    expect(Object.keys(differing.body.extra_fields)).toEqual(['owner.request_control_key']);

    // Named together with the other bad fields, not one round trip later.
    const alongside = await postWallet(token, walletBody({ request_control_key: undefined, owner: naturalOwner('12345678901') }));
    expect(Object.keys(alongside.body.extra_fields).sort()).toEqual(['owner.document_number', 'request_control_key']);
    const neitherAndBadLimit = await postWallet(token, walletBody({ owner: undefined, limits: { postpaid_credit_limit: 'x' } }));
    expect(Object.keys(neitherAndBadLimit.body.extra_fields).sort()).toEqual(['limits.postpaid_credit_limit', 'owner']);
  });

  it('answers a repeated request_control_key with 409 CIN000099, per account', async () => {
    const { token } = await creditTenant(db);
    const other = await creditTenant(db);
    const key = randomUUID();
    expect((await postWallet(token, walletBody({ request_control_key: key }))).status).toBe(202);
    const repeat = await postWallet(token, walletBody({ request_control_key: key }));
    expect(repeat.status).toBe(409);
    expect(repeat.body).toEqual({
      title: 'Conflict',
      description: 'Request control key already exists.',
      translation: 'Request control key já existe.',
      code: 'CIN000099',
      extra_fields: {},
    });
    expect((await postWallet(other.token, walletBody({ request_control_key: key }))).status).toBe(202);
  });

  it('lets exactly one of many racing creates with one request_control_key through', async () => {
    const { token } = await creditTenant(db);
    const body = walletBody();
    const results = await Promise.all(Array.from({ length: 8 }, () => postWallet(token, body)));
    expect(results.filter((r) => r.status === 202)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(7).fill('CIN000099'));
  });

  it('opens an active wallet (201) for an approved person_key and 404 CIN000062 for an unknown one', async () => {
    const { token } = await creditTenant(db);
    const unknown = randomUUID();
    const missing = await postWallet(token, walletBody({ owner: undefined, person_key: unknown }));
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      title: 'Not Found',
      description: `Person not found by person key: ${unknown}`,
      translation: `Pessoa não encontrada para a person key: ${unknown}`,
      code: 'CIN000062',
      extra_fields: {},
    });

    const pending = await postWallet(token, walletBody());
    const approved = await approveKyc(db, (await operator(db)).decider, pending.body.wallet_key);
    const audits = await db.select().from(auditEvent).where(eq(auditEvent.subjectId, pending.body.wallet_key));
    expect(audits.map((a) => a.action).sort()).toEqual(['credit_wallet.approved', 'credit_wallet.created']);

    // The owner already holds an active wallet: a second one is refused whichever way it is asked.
    const second = await postWallet(token, walletBody({ owner: undefined, person_key: approved.ownerPersonKey }));
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'CIN000043', description: 'Active wallet found', translation: 'Carteira ativa já existe' });

    // Another account cannot use this person.
    const stranger = await creditTenant(db);
    const foreign = await postWallet(stranger.token, walletBody({ owner: undefined, person_key: approved.ownerPersonKey }));
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('CIN000062');
  });

  it('opens an active payroll wallet (201) for the approved owner of a default wallet', async () => {
    const { token } = await creditTenant(db);
    const first = await postWallet(token, walletBody());
    const { ownerPersonKey } = await approveKyc(db, (await operator(db)).decider, first.body.wallet_key);
    const approvedFirst = await callRoute(getWallet, { path: '/x', token, params: { wallet_key: first.body.wallet_key } });
    expect(approvedFirst.body).toMatchObject({ wallet_status: 'active', owner_person_key: ownerPersonKey });

    const { interest_base: _b, monthly_interest_percentage: _m, fine_percentage: _f, ...payrollConfiguration } = invoiceConfiguration;
    const payroll = await postWallet(
      token,
      walletBody({
        owner: undefined,
        person_key: ownerPersonKey,
        wallet_type: 'payroll',
        invoice_configuration: payrollConfiguration,
        limits: { postpaid_credit_limit: 800, payroll_withdraw_limit: 300 },
      }),
    );
    expect(payroll.status).toBe(201);
    expect(payroll.body).toEqual({ wallet_key: expect.any(String), owner_person_key: ownerPersonKey, wallet_status: 'active' });
    const fetched = await callRoute(getWallet, { path: '/x', token, params: { wallet_key: payroll.body.wallet_key } });
    expect(fetched.body).toMatchObject({
      owner_person_key: ownerPersonKey,
      owner_document_number: approvedFirst.body.owner_document_number,
      wallet_status: 'active',
      wallet_type: 'payroll',
    });
  });

  it('treats a pending wallet as open: a second application for the same owner is CIN000043, even racing', async () => {
    const { token } = await creditTenant(db);
    const cpf = generateCpf();
    const results = await Promise.all(Array.from({ length: 6 }, () => postWallet(token, walletBody({ owner: naturalOwner(cpf) }))));
    expect(results.filter((r) => r.status === 202)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(5).fill('CIN000043'));
  });

  it('answers the invoice-configuration rules with CIN000063, CIN000064 and CIN000065', async () => {
    const { token } = await creditTenant(db);
    const rule = (day_of_week: string) => ({ day_of_week, occurrence: 'first', fallback_strategy: 'next_business_day' });
    const cases: [string, object][] = [
      ['CIN000063', { due_date_configuration: { type: 'fixed', fixed_day: 16, offset_months: 0 } }],
      ['CIN000064', { due_date_configuration: { type: 'rule_based', offset_months: 0, rule: rule('wednesday') } }],
      [
        'CIN000065',
        {
          closing_date_configuration: { type: 'rule_based', rule: rule('monday') },
          due_date_configuration: { type: 'rule_based', offset_months: 1, rule: rule('tuesday') },
        },
      ],
    ];
    for (const [code, change] of cases) {
      const res = await postWallet(token, walletBody({ invoice_configuration: { ...invoiceConfiguration, ...change } }));
      expect(res.status, code).toBe(400);
      expect(res.body.code).toBe(code);
    }
  });

  it('opens payroll wallets with a payroll withdrawal limit and no interest fields', async () => {
    const { token } = await creditTenant(db);
    const { interest_base: _b, monthly_interest_percentage: _m, fine_percentage: _f, ...payrollConfiguration } = invoiceConfiguration;
    const withoutWithdrawLimit = await postWallet(token, walletBody({ wallet_type: 'payroll', invoice_configuration: payrollConfiguration }));
    expect(withoutWithdrawLimit.status).toBe(400);
    expect(Object.keys(withoutWithdrawLimit.body.extra_fields)).toEqual(['limits.payroll_withdraw_limit']);

    const res = await postWallet(
      token,
      walletBody({ wallet_type: 'payroll', invoice_configuration: invoiceConfiguration, limits: { postpaid_credit_limit: 1000, payroll_withdraw_limit: '250.5' } }),
    );
    expect(res.status).toBe(202);
    const fetched = await callRoute(getWallet, { path: '/x', token, params: { wallet_key: res.body.wallet_key } });
    expect(fetched.body.wallet_type).toBe('payroll');
    expect(fetched.body.invoice_configuration).toEqual(payrollConfiguration);
    expect(fetched.body.wallet_limits.map((l: { limit_type: string; limit_amount: number }) => [l.limit_type, l.limit_amount])).toEqual([
      ['postpaid_credit_limit', 1000],
      ['payroll_withdraw_limit', 250.5],
    ]);

    const unknownType = await postWallet(token, walletBody({ wallet_type: 'corporate' }));
    expect(Object.keys(unknownType.body.extra_fields)).toEqual(['wallet_type']);
  });

  it('refuses bad limits and tokens without credit:write', async () => {
    const { token, account } = await creditTenant(db);
    const tooPrecise = await postWallet(token, walletBody({ limits: { postpaid_credit_limit: '10.001' } }));
    expect(Object.keys(tooPrecise.body.extra_fields)).toEqual(['limits.postpaid_credit_limit']);
    const negative = await postWallet(token, walletBody({ limits: { postpaid_credit_limit: -1 } }));
    expect(Object.keys(negative.body.extra_fields)).toEqual(['limits.postpaid_credit_limit']);

    const reader = await createTestApiClient(db, { entityUuid: account.entityUuid, scopes: ['credit:read'] });
    const forbidden = await postWallet(reader.token, walletBody());
    expect(forbidden.status).toBe(403);

    // A wallet-level client cannot open wallets it would not reach.
    const existing = (await postWallet(token, walletBody())).body.wallet_key;
    const walletClient = await createTestApiClient(db, { entityUuid: account.entityUuid, walletUuid: existing, scopes: ['credit:write'] });
    const confined = await postWallet(walletClient.token, walletBody());
    expect(confined.status).toBe(403);
    expect(confined.body.code).toBe('forbidden');
  });
});
