import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/db';
import {
  chargeApi,
  chargeBody,
  chargeRow,
  chargeTenant,
  SANDBOX_DECLINED_CARD,
  SANDBOX_OK_CARD,
  secondWallet,
  VALID_CPF,
  walletToken,
  chargeAssertions,
} from './test-fixtures';

const db = await testDb();
const { created } = chargeAssertions(db);

describe('charges: who sees what', () => {
  it("another account's charge is 404 on get, lookup, refund, cancel, capture and dispute, like a missing one", async () => {
    const owner = await chargeTenant(db);
    const stranger = await chargeTenant(db);
    const confirmed = await created(owner, { card: SANDBOX_OK_CARD });
    const pre = await created(owner, { card: SANDBOX_OK_CARD, capture: false });
    const api = chargeApi(stranger.token);
    const walletUuid = owner.wallet.walletUuid;

    const attempts = [
      api.get(confirmed.charge_uuid),
      api.lookup(confirmed.charge_uuid, walletUuid),
      api.refund(confirmed.charge_uuid, walletUuid),
      api.refund(confirmed.charge_uuid, stranger.wallet.walletUuid),
      api.cancel(pre.charge_uuid, walletUuid),
      api.capture(pre.charge_uuid, walletUuid),
      api.dispute(confirmed.charge_uuid, 'open'),
    ];
    const missing = await api.get(randomUUID());
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(missing.body);
    }
    expect(missing.body).toEqual({ charge_uuid: null, status: 'error', message: [{ code: 'errors.charge.not_found', source: 'charge', description: 'Charge not found' }] });
    // Nor can a stranger charge into the owner's wallet.
    const into = await api.create(chargeBody(owner, { card: SANDBOX_OK_CARD }));
    expect(into).toMatchObject({ status: 404, body: { message: [{ code: 'errors.wallet.not_found' }] } });

    expect((await chargeRow(db, confirmed.charge_uuid)).status).toBe('confirmed');
    expect((await chargeRow(db, pre.charge_uuid)).status).toBe('pre_captured');
    expect((await api.list()).body).toMatchObject({ total: 0, data: [] });
  });

  it("a wallet-level token sees only its wallet's charges", async () => {
    const tenant = await chargeTenant(db);
    const mxnWallet = await secondWallet(db, tenant, 'MXN');
    const mxn = { wallet: mxnWallet };
    const brlCharge = await created(tenant, { card: SANDBOX_OK_CARD });
    const mxnRes = await chargeApi(tenant.token).create(chargeBody(mxn, { payer_tax_id: 'FEAP850101ABC', card: SANDBOX_OK_CARD }));
    expect(mxnRes.body).toMatchObject({ status: 'confirmed', currency: 'MXN' });

    const scoped = chargeApi(await walletToken(db, tenant, tenant.wallet.walletUuid));
    const listed = await scoped.list();
    expect(listed.body.data.map((c: { charge_uuid: string }) => c.charge_uuid)).toEqual([brlCharge.charge_uuid]);
    expect((await scoped.list({ wallet_uuid: mxnWallet.walletUuid })).body.total).toBe(0);
    expect((await scoped.get(brlCharge.charge_uuid)).status).toBe(200);
    expect((await scoped.get(mxnRes.body.charge_uuid)).status).toBe(404);
    expect((await scoped.refund(mxnRes.body.charge_uuid, mxnWallet.walletUuid)).status).toBe(404);
    expect((await scoped.create(chargeBody(mxn, { payer_tax_id: 'FEAP850101ABC' }))).status).toBe(404);

    const accountWide = await chargeApi(tenant.token).list();
    expect(accountWide.body.total).toBe(2);
  });
});

describe('charges: the list', () => {
  it('lists newest first with status and type filters, search by e-mail and tax id, and cursor paging', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    // A few milliseconds apart, so newest first is one order (equal times fall back to the random charge id).
    const apart = async (overrides: Parameters<typeof created>[1]) => {
      await new Promise((resolve) => setTimeout(resolve, 3));
      return created(tenant, overrides);
    };
    const a = await apart({ card: SANDBOX_OK_CARD, payer_email: 'Joao@Example.test', payer_tax_id: '11144477735' });
    const b = await apart({ card: SANDBOX_OK_CARD, type_charge: 'debit_card' });
    const c = await apart({});
    const d = await apart({ card: SANDBOX_DECLINED_CARD });
    const e = await apart({ card: SANDBOX_OK_CARD, capture: false, installment_value: '1500.00' });
    const ids = (res: { body: { data: { charge_uuid: string }[] } }) => res.body.data.map((x) => x.charge_uuid);

    const all = await api.list({ wallet_uuid: tenant.wallet.walletUuid });
    expect(all.body).toMatchObject({ page: 1, limit: 20, total: 5, pages: 1, has_more: false });
    expect(ids(all)).toEqual([e, d, c, b, a].map((x) => x.charge_uuid));
    expect(ids(await api.list({ sort: 'created:asc' }))).toEqual([a, b, c, d, e].map((x) => x.charge_uuid));

    expect(ids(await api.list({ filter: 'status:confirmed' }))).toEqual([b, a].map((x) => x.charge_uuid));
    expect(ids(await api.list({ filter: 'status:error' }))).toEqual([d.charge_uuid]);
    expect(ids(await api.list({ filter: 'status:issued' }))).toEqual([c.charge_uuid]);
    expect(ids(await api.list({ filter: 'type:debit_card' }))).toEqual([b.charge_uuid]);
    expect((await api.list({ filter: 'type:credit_card' })).body.total).toBe(4);
    expect(ids(await api.list({ filter: 'status:confirmed,type:credit_card' }))).toEqual([a.charge_uuid]);
    expect(ids(await api.list({ filter: 'type:debit_card,status:error' }))).toEqual([]);
    expect(ids(await api.list({ filter: 'amount_gte:1000' }))).toEqual([e.charge_uuid]);

    expect(ids(await api.list({ search: 'joao@example.test' }))).toEqual([a.charge_uuid]);
    expect(ids(await api.list({ search: '111.444.777-35' }))).toEqual([a.charge_uuid]);
    expect(ids(await api.list({ search: '11144477735' }))).toEqual([a.charge_uuid]);
    expect((await api.list({ search: VALID_CPF })).body.total).toBe(4);
    expect(ids(await api.list({ search: c.charge_uuid }))).toEqual([c.charge_uuid]);
    expect((await api.list({ search: 'nobody@example.test' })).body.total).toBe(0);

    const walked: string[] = [];
    let page = await api.list({ limit: '2' });
    walked.push(...ids(page));
    while (page.body.has_more) {
      expect(page.body.next_cursor).toEqual(expect.any(String));
      page = await api.list({ limit: '2', starting_after: page.body.next_cursor });
      walked.push(...ids(page));
    }
    expect(walked).toEqual(ids(all));
    expect(page.body.next_cursor).toBeNull();
    expect(ids(await api.list({ limit: '2', page: '3' }))).toEqual([a.charge_uuid]);

    const bad = await api.list({ filter: 'colour:red' });
    expect(bad.status).toBe(400);
  });
});
