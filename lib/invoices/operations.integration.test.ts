import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webhookDelivery, webhookEvent } from '@/db/schema';
import { sandboxRoute } from '@/lib/api/sandbox-route';
import { chargeApi, chargeBody, chargeTenant } from '@/lib/charges/test-fixtures';
import { resetClock, setClock } from '@/lib/clock';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { cardIssuer, issueCard, platformCardFields, type CardIssuer } from '@/lib/payment-instruments/test-fixtures';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { createTestEndpoint } from '@/lib/testing/webhook-factories';
import { GET as bankSlipRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/invoice/[invoice_key]/bank_slip/route';
import { GET as getRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/invoice/[invoice_key]/route';
import { GET as listRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/invoice/route';
import { POST as payRoute } from '@/app/api/v1/sandbox/credit/wallets/[wallet_key]/invoice/[invoice_key]/pay/route';
import { POST as closeRoute } from '@/app/api/v1/sandbox/credit/wallets/[wallet_key]/invoice/close/route';
import { POST as overdueRoute } from '@/app/api/v1/sandbox/credit/wallets/[wallet_key]/invoice/overdue/route';
import { simulateInvoiceCloseOperation } from './operations';

// The invoice routes (reference B.7 and ours) and the sandbox's invoice simulations, through the
// real handlers against PostgreSQL: each answer is also checked against its documented contract.
// The services' clock stands in early March 2027 and runs on from there, so the cycle (closing on
// the 15th, due on the 25th, 2% fine, 2% a month) and its late charges are known to the centavo.

const db = await testDb();

beforeEach(() => {
  // Advancing, not frozen: rows made one after another keep their order ("newest first").
  const offset = new Date('2027-03-04T15:00:00Z').getTime() - Date.now();
  setClock(() => new Date(Date.now() + offset));
});
afterEach(() => resetClock());

type Body = Record<string, unknown>;

function invoiceApi(token: string, walletKey: string) {
  const base = `/api/v1/credit/wallet/${walletKey}/invoice`;
  const sandbox = `/api/v1/sandbox/credit/wallets/${walletKey}/invoice`;
  const at = (invoiceKey: string) => ({ wallet_key: walletKey, invoice_key: invoiceKey });
  return {
    list: (query = '') => callRoute(listRoute, { path: `${base}${query}`, token, params: { wallet_key: walletKey } }),
    get: (key: string) => callRoute(getRoute, { path: `${base}/${key}`, token, params: at(key) }),
    bankSlip: (key: string) => callRoute(bankSlipRoute, { path: `${base}/${key}/bank_slip`, token, params: at(key) }),
    close: () => callRoute(closeRoute, { method: 'POST', path: `${sandbox}/close`, token, params: { wallet_key: walletKey } }),
    overdue: () => callRoute(overdueRoute, { method: 'POST', path: `${sandbox}/overdue`, token, params: { wallet_key: walletKey } }),
    // Raw JSON, so the amount reaches the door as the client wrote it; no amount, no body at all.
    pay: (key: string, amount?: string) =>
      callRoute(payRoute, { method: 'POST', path: `${sandbox}/${key}/pay`, token, rawBody: amount === undefined ? undefined : `{"amount": ${amount}}`, params: at(key) }),
  };
}

/** A customer's active credit wallet whose card bought R$ 100,00 on its opened invoice. */
async function walletWithPurchase() {
  // KYC approval opens the wallet's first invoice.
  const issuer = await cardIssuer(db);
  const card = await issueCard(issuer);
  const merchant = await chargeTenant(db);
  const bought = await chargeApi(merchant.token).create({ ...chargeBody(merchant), ...platformCardFields(card) });
  expect(bought.body).toMatchObject({ status: 'confirmed' });
  const api = invoiceApi(issuer.token, issuer.walletKey);
  const [opened] = (await api.list()).body.data as Body[];
  return { issuer, merchant, api, invoiceKey: opened!.invoice_key as string, chargeUuid: bought.body.charge_uuid as string };
}

async function closed(api: ReturnType<typeof invoiceApi>) {
  const res = await api.close();
  expect(res.status).toBe(200);
  return res.body;
}

async function invoiceWebhooks(issuer: CardIssuer, invoiceKey: string) {
  const events = await db
    .select()
    .from(webhookEvent)
    .where(and(eq(webhookEvent.entityUuid, issuer.entityUuid), inArray(webhookEvent.type, ['invoice.status_changed', 'invoice_payment.status_changed'])));
  const ours = events.filter((event) => event.data.invoice_key === invoiceKey);
  if (ours.length === 0) return [];
  const deliveries = await db.select().from(webhookDelivery).where(inArray(webhookDelivery.eventUuid, ours.map((event) => event.eventUuid)));
  return deliveries.map((delivery) => JSON.parse(delivery.body) as { webhook_type: string; webhook_datetime: string; data: Body });
}

describe('GET /api/v1/credit/wallet/{wallet_key}/invoice and /invoice/{invoice_key}', () => {
  it('lists and shows the opened invoice with the purchase on it, its total so far and nothing owed yet', async () => {
    const { issuer, api, invoiceKey } = await walletWithPurchase();
    const list = await api.list();
    expect(list.status).toBe(200);
    expect(list.body.pagination).toMatchObject({ page: 1, page_size: 20, total: 1, total_pages: 1, has_more: false });
    const summary = {
      invoice_key: invoiceKey,
      wallet_key: issuer.walletKey,
      closing_date: '2027-03-15',
      due_date: '2027-03-25',
      invoice_status: 'opened',
      total_amount: 100,
      paid_amount: 0,
      amount_due: 0,
      carried_amount: 0,
      carried_to_invoice_key: null,
      bank_slip: null,
    };
    expect(list.body.data).toEqual([expect.objectContaining(summary)]);
    expect(list.body.data[0]).not.toHaveProperty('invoice_items');

    const detail = await api.get(invoiceKey);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ ...summary, invoice_payments: [], invoice_payments_chargebacks: [] });
    expect(detail.body.invoice_items).toEqual([
      expect.objectContaining({ invoice_key: invoiceKey, invoice_item_type: 'purchase', installment_number: 1, amount: 100, used_limit: 100, invoice_item_status: 'active' }),
    ]);
    // B.7's fields come first, in its order.
    expect(Object.keys(detail.body).slice(0, 10)).toEqual([
      'invoice_key',
      'due_date',
      'closing_date',
      'invoice_status',
      'total_amount',
      'paid_amount',
      'invoice_items',
      'invoice_payments',
      'invoice_payments_chargebacks',
      'created_at',
    ]);
    expect(await api.bankSlip(invoiceKey)).toMatchObject({ status: 404, body: { code: 'WLT000010' } });
  });

  it('filters by invoice_status, newest first, and refuses a page_size above 100', async () => {
    const { api, invoiceKey } = await walletWithPurchase();
    await closed(api);
    const all = (await api.list()).body.data as Body[];
    expect(all.map((row) => row.invoice_status)).toEqual(['opened', 'closed']);
    expect(all[1]!.invoice_key).toBe(invoiceKey);
    const onlyClosed = await api.list('?invoice_status=closed');
    expect((onlyClosed.body.data as Body[]).map((row) => row.invoice_key)).toEqual([invoiceKey]);
    expect((await api.list('?page_size=1')).body.pagination).toMatchObject({ total: 2, total_pages: 2, has_more: true });
    expect(await api.list('?page_size=101')).toMatchObject({ status: 400, body: { code: 'QIT000001' } });
    expect(await api.list('?invoice_status=late')).toMatchObject({ status: 400, body: { code: 'QIT000001' } });
  });

  it('answers 404 for another account’s wallet or invoice, and for keys that name nothing', async () => {
    const { issuer, api, invoiceKey } = await walletWithPurchase();
    const other = await cardIssuer(db);
    const stranger = invoiceApi(other.token, issuer.walletKey);
    expect(await stranger.list()).toMatchObject({ status: 404, body: { code: 'WLT000001' } });
    expect(await stranger.get(invoiceKey)).toMatchObject({ status: 404, body: { code: 'WLT000001' } });
    expect(await stranger.close()).toMatchObject({ status: 404, body: { code: 'WLT000001' } });
    const ownWallet = invoiceApi(other.token, other.walletKey);
    expect(await ownWallet.get(invoiceKey)).toMatchObject({ status: 404, body: { code: 'WLT000009' } });
    expect(await ownWallet.bankSlip(invoiceKey)).toMatchObject({ status: 404, body: { code: 'WLT000009' } });
    expect(await ownWallet.pay(invoiceKey)).toMatchObject({ status: 404, body: { code: 'WLT000009' } });
    expect(await api.get('not-a-key')).toMatchObject({ status: 404, body: { code: 'WLT000009' } });
    expect(await invoiceApi(issuer.token, 'not-a-key').list()).toMatchObject({ status: 404, body: { code: 'WLT000001' } });
  });
});

describe('the sandbox’s invoice simulations', () => {
  it('closes the opened invoice with its bank slip, and opens the next cycle', async () => {
    const { issuer, api, invoiceKey } = await walletWithPurchase();
    const body = await closed(api);
    expect(body).toMatchObject({
      invoice_key: invoiceKey,
      invoice_status: 'closed',
      total_amount: 100,
      paid_amount: 0,
      amount_due: 100,
      bank_slip: { bank_slip_status: 'issued', amount: 100, due_date: '2027-03-25' },
    });
    const slip = body.bank_slip as { barcode: string; digitable_line: string };
    expect(slip.barcode).toMatch(/^\d{44}$/);
    expect(slip.digitable_line).toMatch(/^\d{47}$/);

    const bankSlip = await api.bankSlip(invoiceKey);
    expect(bankSlip.status).toBe(200);
    expect(bankSlip.body).toMatchObject({
      invoice_key: invoiceKey,
      wallet_key: issuer.walletKey,
      bank_slip_status: 'issued',
      amount: 100,
      due_date: '2027-03-25',
      barcode: slip.barcode,
      digitable_line: slip.digitable_line,
      payer: { name: 'Maria Souza', document_number: expect.stringMatching(/^\d{11}$/) },
    });
    expect((bankSlip.body.formatted_digitable_line as string).replace(/\D/g, '')).toBe(slip.digitable_line);
    expect(bankSlip.body.our_number).toEqual(expect.any(String));

    const [next] = (await api.list('?invoice_status=opened')).body.data as Body[];
    // 25 April 2027 is a Sunday: the due date is the next business day.
    expect(next).toMatchObject({ closing_date: '2027-04-15', due_date: '2027-04-26', total_amount: 0 });
    await expectLedgerIntact(db, issuer.entityUuid);
  });

  it('pays the slip short once (late charges first, then the limit); a second payment is refused', async () => {
    const { issuer, api, invoiceKey } = await walletWithPurchase();
    await closed(api);
    expect(await api.pay(invoiceKey, '100.01')).toMatchObject({ status: 400, body: { code: 'WLT000012' } });
    expect(await api.pay(invoiceKey, '0')).toMatchObject({ status: 400, body: { code: 'WLT000012' } });
    expect(await api.pay(invoiceKey, '1e1')).toMatchObject({ status: 400, body: { code: 'QIT000001' } });

    const paid = await api.pay(invoiceKey, '40.00');
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({
      invoice_status: 'closed',
      paid_amount: 40,
      amount_due: 60,
      bank_slip: { bank_slip_status: 'paid', amount: 100 },
      invoice_payments: [{ total_amount: 100, paid_amount: 40, invoice_payment_type: 'bank_slip', invoice_payment_status: 'paid', payment_date: '2027-03-04' }],
    });
    expect(await api.pay(invoiceKey)).toMatchObject({ status: 409, body: { code: 'WLT000011' } });
    expect((await api.get(invoiceKey)).body).toMatchObject({ paid_amount: 40, amount_due: 60 });
    await expectLedgerIntact(db, issuer.entityUuid);
  });

  it('pays an invoice in full without an amount: it is paid and its items concluded', async () => {
    const { api, invoiceKey } = await walletWithPurchase();
    await closed(api);
    const paid = await api.pay(invoiceKey);
    expect(paid.body).toMatchObject({ invoice_status: 'paid', paid_amount: 100, amount_due: 0, bank_slip: { bank_slip_status: 'paid' } });
    expect(paid.body.invoice_items).toEqual([expect.objectContaining({ invoice_item_status: 'concluded', used_limit: 0 })]);
    expect(await api.overdue()).toMatchObject({ status: 409, body: { code: 'WLT000013' } });
  });

  it('makes a short-paid invoice overdue: the rest moves to the next invoice with its fine and interest', async () => {
    const { issuer, api, invoiceKey } = await walletWithPurchase();
    expect(await api.overdue()).toMatchObject({ status: 409, body: { code: 'WLT000013' } });
    await closed(api);
    await api.pay(invoiceKey, '40.00');

    const overdue = await api.overdue();
    expect(overdue.status).toBe(200);
    const nextKey = overdue.body.carried_to_invoice_key as string;
    expect(overdue.body).toMatchObject({ invoice_key: invoiceKey, invoice_status: 'overdue', paid_amount: 40, amount_due: 0, carried_amount: 60, bank_slip: { bank_slip_status: 'paid' } });

    const next = await api.get(nextKey);
    expect(next.body).toMatchObject({ invoice_status: 'opened', closing_date: '2027-04-15', due_date: '2027-04-26' });
    // 60.00 carried; fine 2% = 1.20; interest 60.00 × 2% × 32 days (25 March to Monday 26 April) ÷ 30 = 1.28.
    const items = (next.body.invoice_items as Body[]).map((item) => [item.invoice_item_type, item.charged_to, item.amount]);
    expect(items).toEqual(
      expect.arrayContaining([
        ['balance_carried', 'postpaid_credit_limit', 60],
        ['late_fine', 'late_charges', 1.2],
        ['late_interest', 'late_charges', 1.28],
      ]),
    );
    expect(items).toHaveLength(3);
    expect(next.body.total_amount).toBe(62.48);
    expect(await api.overdue()).toMatchObject({ status: 409, body: { code: 'WLT000013' } });
    await expectLedgerIntact(db, issuer.entityUuid);
  });

  it('shows a refund made after closing as a chargeback of the purchase it gives back, credited on the open invoice', async () => {
    const { api, merchant, invoiceKey, chargeUuid } = await walletWithPurchase();
    const before = await closed(api);
    const [purchase] = before.invoice_items as Body[];
    expect((await chargeApi(merchant.token).refund(chargeUuid, merchant.wallet.walletUuid, { amount: '30.00' })).status).toBe(200);

    const after = await api.get(invoiceKey);
    expect(after.body).toMatchObject({ total_amount: 100, amount_due: 100, invoice_payments_chargebacks: [{ invoice_item_key: purchase!.invoice_item_key, chargeback_paid_amount: 30 }] });
    const [next] = (await api.list('?invoice_status=opened')).body.data as Body[];
    expect(next).toMatchObject({ total_amount: -30 });
  });

  it('expires an unpaid slip: it is expired and the whole balance carried', async () => {
    const { api, invoiceKey } = await walletWithPurchase();
    await closed(api);
    const overdue = await api.overdue();
    expect(overdue.body).toMatchObject({ invoice_status: 'overdue', carried_amount: 100, bank_slip: { bank_slip_status: 'expired' } });
    expect(await api.pay(invoiceKey)).toMatchObject({ status: 409, body: { code: 'WLT000011' } });
  });

  it('sends the invoice and payment webhooks in QI’s envelope to a QI-format endpoint', async () => {
    const { issuer, api, invoiceKey } = await walletWithPurchase();
    await createTestEndpoint(db, {
      entityUuid: issuer.entityUuid,
      url: 'https://hooks.example.test/invoices',
      events: ['invoice.status_changed', 'invoice_payment.status_changed'],
      format: 'qi',
    });
    await closed(api);
    await api.pay(invoiceKey);

    const bodies = await invoiceWebhooks(issuer, invoiceKey);
    const statuses = bodies.filter((body) => body.webhook_type === 'baas.invoice.invoice_status_change');
    expect(statuses.map((body) => body.data.invoice_status).sort()).toEqual(['closed', 'paid', 'processing_closing']);
    expect(statuses.find((body) => body.data.invoice_status === 'closed')).toEqual({
      webhook_type: 'baas.invoice.invoice_status_change',
      webhook_datetime: expect.any(String),
      data: { wallet_key: issuer.walletKey, invoice_key: invoiceKey, total_amount: 100, paid_amount: 0, closing_date: '2027-03-15', due_date: '2027-03-25', invoice_status: 'closed' },
    });
    const payments = bodies.filter((body) => body.webhook_type === 'baas.invoice.invoice_payment_status_change');
    expect(payments.map((body) => body.data.invoice_payment_status).sort()).toEqual(['paid', 'processing_payment']);
    expect(payments[0]!.data).toMatchObject({
      wallet_key: issuer.walletKey,
      invoice_key: invoiceKey,
      total_amount: 100,
      paid_amount: 100,
      payment_date: '2027-03-04',
      invoice_payment_type: 'bank_slip',
    });
  });

  it('does not exist in production', async () => {
    const { issuer } = await walletWithPurchase();
    const production = sandboxRoute(simulateInvoiceCloseOperation, () => true);
    const res = await callRoute(production, {
      method: 'POST',
      path: `/api/v1/sandbox/credit/wallets/${issuer.walletKey}/invoice/close`,
      token: issuer.token,
      params: { wallet_key: issuer.walletKey },
    });
    expect(res).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });
});
