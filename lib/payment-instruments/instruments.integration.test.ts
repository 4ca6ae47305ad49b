import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvent, idempotencyKey, paymentInstrument } from '@/db/schema';
import { isLuhnValid } from '@/lib/charges/card/luhn';
import { creditTenant, postWallet, walletBody } from '@/lib/credit/test-fixtures';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { POST as issueRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/payment_instrument/route';
import { PLATFORM_BIN } from './card-number';
import { cardIssuer, instrumentApi, issueBody, issueCard } from './test-fixtures';

// The QI payment-instrument routes (reference B.5) and our get/list additions, through the real
// handlers: each answer is also checked against its operation's documented contract.

const db = await testDb();

describe('POST /api/v1/credit/wallet/{wallet_key}/payment_instrument', () => {
  it('issues a Luhn-valid VISA in the platform range, shows number and CVV once, keeps them only sealed', async () => {
    const issuer = await cardIssuer(db);
    const res = await issuer.api.issue(issueBody({ limit_amount: '1500.50' }));
    expect(res.status).toBe(201);
    const body = res.body as { payment_instrument_key: string; card: { number: string; cvv: string; last_four_digits: string } };
    expect(body).toMatchObject({
      wallet_key: issuer.walletKey,
      payment_instrument_type: 'postpaid_card',
      payment_instrument_status: 'active',
      limit_amount: 1500.5,
      used_limit: 0,
      card: { brand: 'visa', bin: PLATFORM_BIN },
      postpaid_card_data: { card_type: 'virtual', printed_name: 'JOAO SILVA' },
    });
    expect(isLuhnValid(body.card.number)).toBe(true);
    expect(body.card.last_four_digits).toBe(body.card.number.slice(-4));
    expect(body.card.cvv).toMatch(/^\d{3}$/);

    const stored = await db.execute(sql`select row_to_json(p)::text as row from payment_instrument p where payment_instrument_key = ${body.payment_instrument_key}`);
    const text = JSON.stringify(stored);
    expect(text).not.toContain(body.card.number);
    expect(text).not.toContain(body.card.number.slice(6, 12));
    const audits = await db.select().from(auditEvent).where(eq(auditEvent.subjectId, body.payment_instrument_key));
    expect(JSON.stringify(audits.map((audit) => audit.data))).not.toContain(body.card.number);

    const again = await issuer.api.get(body.payment_instrument_key);
    expect(again.status).toBe(200);
    expect(JSON.stringify(again.body)).not.toContain(body.card.number);
    expect(again.body).not.toHaveProperty('card.cvv');
  });

  it('keeps no number or CVV for an idempotent replay: the replay answers them blank', async () => {
    const issuer = await cardIssuer(db);
    const body = issueBody();
    const headers = { 'Idempotency-Key': randomUUID() };
    const call = () =>
      callRoute(issueRoute, { path: `/api/v1/credit/wallet/${issuer.walletKey}/payment_instrument`, token: issuer.token, body, headers, params: { wallet_key: issuer.walletKey } });
    const first = await call();
    const number = (first.body as { card: { number: string } }).card.number;
    const replay = await call();
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(replay.body).toMatchObject({ payment_instrument_key: first.body.payment_instrument_key, card: { number: null, cvv: null } });
    const stored = await db.select().from(idempotencyKey).where(eq(idempotencyKey.entityUuid, issuer.entityUuid));
    expect(JSON.stringify(stored)).not.toContain(number);
  });

  it('issues for an approved person_key, and answers CIN000062 for an unknown one', async () => {
    const issuer = await cardIssuer(db);
    const wallet = await issuer.api.wallet();
    const personKey = wallet.body.owner_person_key as string;
    const { owner: _owner, ...withoutOwner } = issueBody();
    expect((await issuer.api.issue({ ...withoutOwner, person_key: personKey })).status).toBe(201);
    const unknown = await issuer.api.issue({ ...withoutOwner, person_key: crypto.randomUUID() });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'CIN000062' } });
  });

  it('refuses a limit above the wallet’s with CIN000074, bad bodies with QIT000001, a repeated request_control_key with CIN000099', async () => {
    const issuer = await cardIssuer(db, { limit: '2000.00' });
    expect(await issuer.api.issue(issueBody({ limit_amount: '2000.01' }))).toMatchObject({ status: 400, body: { code: 'CIN000074' } });
    expect(await issuer.api.issue(issueBody({ limit_amount: '2000.00' }))).toMatchObject({ status: 201 });
    const { owner, ...noHolder } = issueBody();
    expect((await issuer.api.issue(noHolder)).body).toMatchObject({ code: 'QIT000001', extra_fields: { owner: expect.anything() } });
    expect((await issuer.api.issue({ ...issueBody(), person_key: crypto.randomUUID(), owner })).status).toBe(400);
    expect((await issuer.api.issue(issueBody({ payment_instrument_type: 'prepaid_card' }))).status).toBe(400);
    const physical = issueBody({ postpaid_card_data: { card_type: 'physical', card_name: 'Físico', printed_name: 'JOAO' } });
    expect((await issuer.api.issue(physical)).body).toMatchObject({ extra_fields: { 'postpaid_card_data.delivery_address': expect.anything() } });
    const body = issueBody();
    expect((await issuer.api.issue(body)).status).toBe(201);
    expect(await issuer.api.issue(body)).toMatchObject({ status: 409, body: { code: 'CIN000099' } });
  });

  it('issues only on an active wallet (WLT000007), and another account’s wallet is WLT000001', async () => {
    const tenant = await creditTenant(db);
    const pending = (await postWallet(tenant.token, walletBody())).body.wallet_key as string;
    expect(await instrumentApi(tenant.token, pending).issue()).toMatchObject({ status: 409, body: { code: 'WLT000007' } });
    const issuer = await cardIssuer(db);
    expect(await instrumentApi(tenant.token, issuer.walletKey).issue()).toMatchObject({ status: 404, body: { code: 'WLT000001' } });
  });
});

describe('changing and canceling a card', () => {
  it('changes the limit within the wallet’s (CIN000074) and not below what is used (CIN000110)', async () => {
    const issuer = await cardIssuer(db, { limit: '3000.00' });
    const card = await issueCard(issuer, '1000.00');
    const key = card.payment_instrument_key;
    expect(await issuer.api.changeLimit(key, '2500.00')).toMatchObject({
      status: 200,
      body: { payment_instrument_key: key, limit_amount: 2500, payment_instrument_status: 'active' },
    });
    expect(await issuer.api.changeLimit(key, '3000.01')).toMatchObject({ status: 400, body: { code: 'CIN000074' } });
    await db.update(paymentInstrument).set({ usedLimitMinor: 1200_00n }).where(eq(paymentInstrument.paymentInstrumentKey, key));
    expect(await issuer.api.changeLimit(key, '1199.99')).toMatchObject({ status: 400, body: { code: 'CIN000110' } });
    expect(await issuer.api.changeLimit(key, '1200.00')).toMatchObject({ status: 200 });
    expect((await issuer.api.get(key)).body).toMatchObject({ limit_amount: 1200, used_limit: 1200 });
  });

  it('cancels once; a canceled card takes no limit change and no second cancel (CIN000081)', async () => {
    const issuer = await cardIssuer(db);
    const key = (await issueCard(issuer)).payment_instrument_key;
    expect(await issuer.api.cancel(key)).toMatchObject({ status: 200, body: { payment_instrument_key: key, payment_instrument_status: 'canceled' } });
    expect(await issuer.api.cancel(key)).toMatchObject({ status: 400, body: { code: 'CIN000081' } });
    expect(await issuer.api.changeLimit(key, '10.00')).toMatchObject({ status: 400, body: { code: 'CIN000081' } });
  });

  it('answers an unknown or foreign card with WLT000005, and lists the wallet’s cards newest first with a status filter', async () => {
    const issuer = await cardIssuer(db);
    const first = await issueCard(issuer);
    const second = await issueCard(issuer);
    await issuer.api.cancel(first.payment_instrument_key);
    const other = await cardIssuer(db);
    expect(await instrumentApi(other.token, issuer.walletKey).get(first.payment_instrument_key)).toMatchObject({ status: 404, body: { code: 'WLT000001' } });
    const foreignCard = await issueCard(other);
    expect(await issuer.api.get(foreignCard.payment_instrument_key)).toMatchObject({ status: 404, body: { code: 'WLT000005' } });
    expect(await issuer.api.get('not-a-key')).toMatchObject({ status: 404, body: { code: 'WLT000005' } });

    const all = await issuer.api.list();
    expect((all.body.data as { payment_instrument_key: string }[]).map((card) => card.payment_instrument_key)).toEqual([
      second.payment_instrument_key,
      first.payment_instrument_key,
    ]);
    expect(all.body.pagination).toMatchObject({ total: 2, has_more: false });
    const active = await issuer.api.list('?payment_instrument_status=active');
    expect((active.body.data as unknown[]).length).toBe(1);
  });
});
