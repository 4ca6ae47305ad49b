import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { getPixPayloadInfo, isValidPixPayload } from '@brazilian-utils/brazilian-utils';
import { hasError, isStaticPix, parsePix } from 'pix-utils';
import { describe, expect, it } from 'vitest';
import { auditEvent, ledgerAccount, ledgerEntry, ledgerTransaction, webhookDelivery, webhookEvent } from '@/db/schema';
import { updatePixSettings } from '@/lib/accounts/pix-settings';
import { walletBalance } from '@/lib/charges/test-fixtures';
import { platformAccount, walletAccount } from '@/lib/ledger/accounts';
import { checkIntegrity } from '@/lib/ledger/integrity';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { walletStatement } from '@/lib/ledger/statement';
import { pixTxid } from '@/lib/pix/br-code';
import { writeContract } from '@/lib/products/contracted';
import { testDb } from '@/lib/testing/db';
import { createWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { seedWallet } from '@/lib/wallets/test-fixtures';
import { receivePixDeposit } from './deposits';
import { holdingHistory, holdingOverview } from './overview';
import { createVirtual, holdingTenant, virtualApi, type HoldingTenant } from './test-fixtures';

// Holding and virtual wallets (issue 20) through the real route handlers: every answer is checked
// against its operation by callRoute, the money against the ledger, the events in the outbox.

const db = await testDb();

async function setUp(ownFunds = 0n) {
  const tenant = await holdingTenant(db, { ownFunds });
  const api = virtualApi(tenant.token, tenant.wallet.walletUuid);
  return { tenant, api };
}

async function virtualBalanceOf(virtualWalletUuid: string): Promise<bigint> {
  const [row] = await db.select({ balance: ledgerAccount.balanceMinor }).from(ledgerAccount).where(and(eq(ledgerAccount.virtualWalletUuid, virtualWalletUuid), eq(ledgerAccount.code, 'virtual_balance')));
  return row?.balance ?? 0n;
}

async function eventsOf(entityUuid: string, types: string[]) {
  return db.select().from(webhookEvent).where(and(eq(webhookEvent.entityUuid, entityUuid), inArray(webhookEvent.type, types))).orderBy(webhookEvent.occurredAt);
}

describe('virtual wallets', () => {
  it('are created under a BRL payment wallet, which becomes their holding; got, listed and searched', async () => {
    const { tenant, api } = await setUp();
    const created = await api.create({ reference: 'cliente-001', name: 'Maria da Silva' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ wallet_uuid: tenant.wallet.walletUuid, reference: 'cliente-001', name: 'Maria da Silva', status: 'active', balance: 0, currency: 'BRL', deactivated_at: null });
    expect(created.body.pix_txid).toBe(pixTxid(created.body.virtual_wallet_uuid));
    await createVirtual(api, 'cliente-002', 'João Souza');
    await createVirtual(api, 'outro-003', 'Ana Maria Lima');

    expect((await api.get(created.body.virtual_wallet_uuid)).body).toMatchObject({ reference: 'cliente-001', balance: 0 });
    const all = await api.list();
    expect(all.body).toMatchObject({ total: 3, page: 1, has_more: false });
    expect(all.body.data.map((v: { reference: string }) => v.reference)).toEqual(['outro-003', 'cliente-002', 'cliente-001']);
    expect((await api.list({ search: 'MARIA' })).body.data.map((v: { reference: string }) => v.reference)).toEqual(['outro-003', 'cliente-001']);
    expect((await api.list({ search: 'cliente-' })).body.total).toBe(2);
    expect((await api.list({ search: '%' })).body.total).toBe(0);

    const first = await api.list({ limit: 2 });
    expect(first.body.has_more).toBe(true);
    const next = await api.list({ limit: 2, starting_after: first.body.next_cursor });
    expect(next.body.data.map((v: { reference: string }) => v.reference)).toEqual(['cliente-001']);
    expect((await api.holding()).body).toMatchObject({ is_holding: true, configuration: { minimum_deposit: 1, leverage_ceiling: 0, reserve_ratio_bps: 10000 }, virtual_wallets: { active: 3, deactivated: 0 } });
  });

  it('refuse a reference the holding already has, a wallet in another currency, and another tenant', async () => {
    const { tenant, api } = await setUp();
    const mine = await createVirtual(api, 'cliente-001');
    expect(await api.create({ reference: 'cliente-001', name: 'Outra' })).toMatchObject({ status: 409, body: { code: 'errors.virtual_wallet.reference_taken' } });
    const mxn = await seedWallet(db, tenant, { currency: 'MXN', customer_id: 'cust_mx' });
    const mx = virtualApi(tenant.token, mxn.walletUuid);
    expect(await mx.create({ reference: 'x', name: 'X' })).toMatchObject({ status: 422, body: { code: 'errors.virtual_wallet.currency_not_supported' } });
    expect(await api.create({ reference: '', name: 'X' })).toMatchObject({ status: 400 });

    const other = await setUp();
    const foreign = virtualApi(other.tenant.token, tenant.wallet.walletUuid);
    expect(await foreign.get(mine)).toMatchObject({ status: 404, body: { code: 'errors.wallet.not_found' } });
    expect(await other.api.get(mine)).toMatchObject({ status: 404, body: { code: 'errors.virtual_wallet.not_found' } });
    expect(await other.api.deposit(mine, { amount: '10.00' })).toMatchObject({ status: 404, body: { code: 'errors.virtual_wallet.not_found' } });
    expect(await foreign.create({ reference: 'intruso', name: 'X' })).toMatchObject({ status: 404 });
  });

  it('credit a Pix deposit to the virtual balance at once while the money lands in the holding', async () => {
    const { tenant, api } = await setUp(50_00n);
    const vw = await createVirtual(api, 'cliente-001');
    const paid = await api.deposit(vw, { amount: '125.40', payer_name: 'Maria da Silva' });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ virtual_wallet_uuid: vw, wallet_uuid: tenant.wallet.walletUuid, reference: 'cliente-001', status: 'credited', reason: null, amount: 125.4, payer_name: 'Maria da Silva' });
    expect(paid.body.end_to_end_id).toMatch(/^E99999999\d{12}[0-9A-F]{11}$/);

    expect(await virtualBalanceOf(vw)).toBe(125_40n);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(175_40n);
    expect((await api.get(vw)).body.balance).toBe(125.4);
    expect((await api.holding()).body).toMatchObject({ real_balance: 175.4, virtual_balance_total: 125.4, reserve_ratio_held_bps: 13987, required_reserve: 125.4, payable: 50, transferable: 50, leverage: 0 });

    const statement = await api.statement(vw);
    expect(statement.body).toMatchObject({ virtual_wallet_uuid: vw, balance: 125.4, has_more: false });
    expect(statement.body.data).toEqual([
      expect.objectContaining({ kind: 'virtual_deposit', reference_type: 'virtual_wallet_deposit', reference_id: paid.body.deposit_uuid, amount: 125.4, balance_after: 125.4 }),
    ]);
    // The holding's own statement keeps to its payment accounts.
    const holdingLines = await walletStatement(db, tenant.caller, tenant.wallet.walletUuid, { limit: 10 });
    expect(holdingLines.rows.map((row) => row.account)).toEqual(['available', 'available']);
    await expectLedgerIntact(db, tenant.entityUuid);
    const walletReport = await checkIntegrity(db, { entityUuid: tenant.entityUuid, walletUuid: tenant.wallet.walletUuid });
    expect(walletReport).toMatchObject({ ok: true, accounts: 3 }); // available, virtual_allocated, the virtual balance
  });

  it('replay a repeated end-to-end id: the first deposit, credited once, even when the two race', async () => {
    const { tenant, api } = await setUp();
    const vw = await createVirtual(api, 'cliente-001');
    const first = await api.deposit(vw, { amount: '10.00', end_to_end_id: 'E12345678202601011200ABCDEFGHIJK' });
    const again = await api.deposit(vw, { amount: '10.00', end_to_end_id: 'E12345678202601011200ABCDEFGHIJK' });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 200, body: { deposit_uuid: first.body.deposit_uuid } });

    const txid = (await api.get(vw)).body.pix_txid as string;
    const raced = await Promise.all(Array.from({ length: 5 }, () => receivePixDeposit(db, { txid, amountMinor: 7_00n, endToEndId: 'E12345678202601011200RACERACE01' })));
    expect(new Set(raced.map((r) => r.deposit.depositUuid)).size).toBe(1);
    expect(raced.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await virtualBalanceOf(vw)).toBe(17_00n);
    await expect(receivePixDeposit(db, { txid: 'NOSUCHTXID', amountMinor: 1_00n, endToEndId: 'E1' })).rejects.toMatchObject({ status: 404, code: 'errors.virtual_wallet.deposit_not_found' });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('refuse a deposit under the minimum, recorded and reported, nothing moved; the minimum is configurable', async () => {
    const { tenant, api } = await setUp();
    const vw = await createVirtual(api, 'cliente-001');
    const small = await api.deposit(vw, { amount: '0.99' });
    expect(small).toMatchObject({ status: 201, body: { status: 'refused', reason: 'below_minimum', amount: 0.99 } });
    expect((await api.deposit(vw, { amount: '1.00' })).body.status).toBe('credited');

    expect(await api.configure({ minimum_deposit: '5.00', leverage_ceiling: 0, reserve_ratio_bps: 10000 })).toMatchObject({ status: 200, body: { configuration: { minimum_deposit: 5 } } });
    expect((await api.deposit(vw, { amount: '4.99' })).body).toMatchObject({ status: 'refused', reason: 'below_minimum' });
    expect((await api.deposit(vw, { amount: '5.00' })).body.status).toBe('credited');

    expect(await virtualBalanceOf(vw)).toBe(6_00n);
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(6_00n);
    const refused = await api.deposits({ status: 'refused' });
    expect(refused.body).toMatchObject({ total: 2 });
    expect(refused.body.data.map((d: { amount: number; reason: string }) => [d.amount, d.reason])).toEqual([
      [4.99, 'below_minimum'],
      [0.99, 'below_minimum'],
    ]);
    expect((await api.deposits({ virtual_wallet_uuid: vw })).body.total).toBe(4);
    const failed = await eventsOf(tenant.entityUuid, ['virtual_wallet.deposit_refused']);
    expect(failed.map((e) => e.data)).toEqual([
      expect.objectContaining({ status: 'refused', reason: 'below_minimum', amount_minor: '99', balance_minor: null }),
      expect.objectContaining({ status: 'refused', reason: 'below_minimum', amount_minor: '499', balance_minor: null }),
    ]);
    expect(await api.configure({ minimum_deposit: '0', leverage_ceiling: 0, reserve_ratio_bps: 10000 })).toMatchObject({ status: 400 });
    expect(await api.configure({ minimum_deposit: '1.00', leverage_ceiling: 0, reserve_ratio_bps: 10001 })).toMatchObject({ status: 400 });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('once deactivated, take no deposits (refused and recorded) nor transfers in, leave the pool, and keep their balance', async () => {
    const { tenant, api } = await setUp(100_00n);
    const vw = await createVirtual(api, 'cliente-001');
    await api.deposit(vw, { amount: '30.00' });
    const off = await api.deactivate(vw);
    expect(off).toMatchObject({ status: 200, body: { status: 'deactivated', balance: 30 } });
    expect(off.body.deactivated_at).toEqual(expect.any(String));
    expect((await api.deactivate(vw)).body.status).toBe('deactivated');
    expect(await eventsOf(tenant.entityUuid, ['virtual_wallet.deactivated'])).toHaveLength(1);

    expect((await api.deposit(vw, { amount: '20.00' })).body).toMatchObject({ status: 'refused', reason: 'virtual_wallet_deactivated' });
    expect(await api.transfer(vw, { amount: '1.00' })).toMatchObject({ status: 409, body: { code: 'errors.virtual_wallet.not_active' } });
    expect(await virtualBalanceOf(vw)).toBe(30_00n);
    // Still owed: counted in the holding, and it can be moved back out.
    expect((await api.holding()).body).toMatchObject({ virtual_balance_total: 30, virtual_wallets: { active: 0, deactivated: 1 } });
    expect(await api.transfer(vw, { amount: '30.00', direction: 'to_holding' })).toMatchObject({ status: 201, body: { balance: 0 } });

    expect(await api.reactivate(vw)).toMatchObject({ status: 200, body: { status: 'active', deactivated_at: null } });
    expect((await api.deposit(vw, { amount: '20.00' })).body.status).toBe('credited');
    expect(await eventsOf(tenant.entityUuid, ['virtual_wallet.reactivated'])).toHaveLength(1);
    const audits = await db.select({ action: auditEvent.action }).from(auditEvent).where(eq(auditEvent.subjectId, vw));
    expect(audits.map((a) => a.action).sort()).toEqual(['virtual_wallet.created', 'virtual_wallet.deactivated', 'virtual_wallet.reactivated']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('count active virtual wallets against the contracted quota: a deactivated one frees its slot, reactivating claims one', async () => {
    const { tenant, api } = await setUp();
    await writeContract(db, tenant.entityUuid, [
      { product: 'payment_wallet', quota: null },
      { product: 'virtual_wallet', quota: 2 },
    ]);
    const a = await createVirtual(api, 'a');
    await createVirtual(api, 'b');
    expect(await api.create({ reference: 'c', name: 'C' })).toMatchObject({ status: 422, body: { code: 'product_quota_exceeded' } });
    await api.deactivate(a);
    await createVirtual(api, 'c');
    expect(await api.reactivate(a)).toMatchObject({ status: 422, body: { code: 'product_quota_exceeded' } });
    const racing = await Promise.all(['d', 'e', 'f'].map((reference) => api.create({ reference, name: reference })));
    expect(racing.every((r) => r.status === 422)).toBe(true);

    await writeContract(db, tenant.entityUuid, [{ product: 'payment_wallet', quota: null }]);
    expect(await api.create({ reference: 'g', name: 'G' })).toMatchObject({ status: 403, body: { code: 'product_not_contracted' } });
  });

  it('transfer from the holding beyond its own funds up to the leverage ceiling, and refuse past it', async () => {
    const { tenant, api } = await setUp();
    const one = await createVirtual(api, 'cliente-001');
    const two = await createVirtual(api, 'cliente-002');
    await api.deposit(one, { amount: '100.00' }); // available 100, owed 100: no own funds
    expect(await api.transfer(two, { amount: '0.01' })).toMatchObject({ status: 422, body: { code: 'errors.virtual_wallet.leverage_ceiling_exceeded', details: { headroom: '0.00' } } });

    await api.configure({ minimum_deposit: '1.00', leverage_ceiling: '50.00', reserve_ratio_bps: 10000 });
    expect((await api.holding()).body).toMatchObject({ transferable: 50 });
    const lent = await api.transfer(two, { amount: '30.00', description: 'Bônus de boas-vindas' });
    expect(lent).toMatchObject({ status: 201, body: { direction: 'to_virtual', amount: 30, balance: 30, description: 'Bônus de boas-vindas', virtual_wallet_uuid: two } });
    expect(await api.transfer(one, { amount: '20.00' })).toMatchObject({ status: 201, body: { balance: 120 } });
    expect(await api.transfer(two, { amount: '0.01' })).toMatchObject({ status: 422, body: { code: 'errors.virtual_wallet.leverage_ceiling_exceeded', details: { headroom: '0.00' } } });
    expect((await api.holding()).body).toMatchObject({ real_balance: 100, virtual_balance_total: 150, leverage: 50, transferable: 0, reserve_ratio_held_bps: 6666, payable: 0 });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(100_00n);

    expect(await api.transfer(two, { amount: '30.01', direction: 'to_holding' })).toMatchObject({ status: 422, body: { code: 'errors.virtual_wallet.insufficient_balance', details: { balance: '30.00' } } });
    expect(await api.transfer(two, { amount: '10.00', direction: 'to_holding' })).toMatchObject({ status: 201, body: { balance: 20 } });
    expect(await api.transfer(two, { amount: '10.00' })).toMatchObject({ status: 201, body: { balance: 30 } });

    const lines = await api.statement(two, { limit: 2 });
    expect(lines.body.data.map((l: { amount: number }) => l.amount)).toEqual([10, -10]);
    expect((await api.statement(two, { limit: 2, starting_after: lines.body.next_cursor })).body.data.map((l: { amount: number }) => l.amount)).toEqual([30]);
    expect(await eventsOf(tenant.entityUuid, ['virtual_wallet.transfer'])).toHaveLength(4);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('refuse a payout from the holding that would leave available under the reserve, and allow one that keeps it', async () => {
    const { tenant, api } = await setUp(200_00n);
    const vw = await createVirtual(api, 'cliente-001');
    await api.deposit(vw, { amount: '100.00' }); // available 300, owed 100
    expect((await api.holding()).body).toMatchObject({ required_reserve: 100, payable: 200 });

    const over = await api.payout({ value: '199.01' });
    expect(over).toMatchObject({ status: 422, body: { code: 'errors.payout.reserve_ratio_breached', details: { available: '300.00', required_reserve: '100.00' } } });
    expect(await api.payout({ value: '199.00' })).toMatchObject({ status: 201 }); // 199 + 1.00 fee leaves exactly 100
    expect(await api.payout({ value: '0.01' })).toMatchObject({ status: 422, body: { code: 'errors.payout.reserve_ratio_breached' } });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(100_00n);

    await api.configure({ minimum_deposit: '1.00', leverage_ceiling: 0, reserve_ratio_bps: 5000 });
    expect((await api.holding()).body).toMatchObject({ required_reserve: 50, payable: 50 });
    expect(await api.payout({ value: '49.01' })).toMatchObject({ status: 422, body: { code: 'errors.payout.reserve_ratio_breached' } });
    expect(await api.payout({ value: '49.00' })).toMatchObject({ status: 201 });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(50_00n);
    // Beyond the balance itself, the balance's own refusal comes first.
    expect(await api.payout({ value: '60.00' })).toMatchObject({ status: 422, body: { code: 'errors.payout.insufficient_balance' } });
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('leave payouts of a wallet with no virtual wallets as they were', async () => {
    const { tenant, api } = await setUp(10_00n);
    expect(await api.payout({ value: '9.00' })).toMatchObject({ status: 201 });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'available')).toBe(0n);
    expect((await api.holding()).body).toMatchObject({ is_holding: false, virtual_wallets: { active: 0, deactivated: 0 }, configuration: { reserve_ratio_bps: 10000 } });
  });

  it('announce deposits, refusals, transfers and deactivation in the platform envelope of seed 003', async () => {
    const { tenant, api } = await setUp();
    const { endpoint } = await createWebhookEndpoint(db, tenant.caller, {
      url: 'https://hooks.example.test/virtual',
      webhook_key: 'vw-key',
      events: ['virtual_wallet.deposit_received', 'virtual_wallet.deposit_refused', 'virtual_wallet.transfer', 'virtual_wallet.deactivated'],
      format: 'platform',
    });
    const vw = await createVirtual(api, 'cliente-001');
    const paid = await api.deposit(vw, { amount: '12.34', end_to_end_id: 'E11111111202601011200AAAAAAAAAAA' });
    const refused = await api.deposit(vw, { amount: '0.50', end_to_end_id: 'E11111111202601011200BBBBBBBBBBB' });
    await api.configure({ minimum_deposit: '1.00', leverage_ceiling: '5.00', reserve_ratio_bps: 10000 });
    const moved = await api.transfer(vw, { amount: '5.00' });
    await api.deactivate(vw);

    const deliveries = await db.select({ body: webhookDelivery.body }).from(webhookDelivery).where(eq(webhookDelivery.endpointUuid, endpoint.endpointUuid));
    const bodies = deliveries.map((d) => JSON.parse(d.body) as Record<string, unknown>);
    const find = (sub: string, status: string) => bodies.find((b) => b.sub_operation === sub && b.status === status);
    expect(bodies).toHaveLength(4);
    expect(find('DEPOSIT', 'SUCCESS')).toMatchObject({
      operation: 'VIRTUAL_WALLET',
      reason: null,
      data: { deposit_uuid: paid.body.deposit_uuid, virtual_wallet_uuid: vw, reference: 'cliente-001', status: 'credited', amount: 12.34, balance: 12.34, end_to_end_id: 'E11111111202601011200AAAAAAAAAAA' },
    });
    expect(find('DEPOSIT', 'FAILED')).toMatchObject({
      operation: 'VIRTUAL_WALLET',
      reason: "The deposit is below the holding's minimum deposit",
      data: { deposit_uuid: refused.body.deposit_uuid, status: 'refused', refusal: 'below_minimum', amount: 0.5, balance: null },
    });
    expect(find('TRANSFER', 'SUCCESS')).toMatchObject({ data: { transfer_uuid: moved.body.transfer_uuid, direction: 'to_virtual', amount: 5, balance: 17.34 } });
    expect(find('DEACTIVATED', 'SUCCESS')).toMatchObject({ data: { virtual_wallet_uuid: vw, status: 'deactivated', balance: 17.34 } });
    for (const body of bodies) expect(body.operation_id).toEqual(expect.any(String));
    // Exact decimals on the wire.
    expect(deliveries.find((d) => d.body.includes('"DEPOSIT"') && d.body.includes('SUCCESS'))!.body).toContain('"amount":12.34');
  });

  it('give each virtual wallet a BR Code with its own txid, reusable or with a fixed amount', async () => {
    const { tenant, api } = await setUp();
    const vw = await createVirtual(api, 'cliente-001');
    expect(await api.depositCode(vw)).toMatchObject({ status: 422, body: { code: 'errors.pix.key_not_configured' } });
    await updatePixSettings(db, tenant.caller, { pix_key: 'financeiro@loja.example', pix_city: 'São Paulo' });

    const open = await api.depositCode(vw);
    expect(open.body).toMatchObject({ virtual_wallet_uuid: vw, amount: null, minimum_deposit: 1 });
    const code = open.body.pix_payload.copy_paste as string;
    expect(isValidPixPayload(code)).toBe(true);
    const parsed = parsePix(code);
    if (hasError(parsed) || !isStaticPix(parsed)) throw new Error(`not a static BR Code: ${code}`);
    expect(parsed).toMatchObject({ pixKey: 'financeiro@loja.example', txid: open.body.pix_txid, merchantCity: 'SAO PAULO' });
    expect(parsed.transactionAmount ?? 0).toBe(0);
    expect(open.body.pix_payload.qr_code_base64).toMatch(/^[A-Za-z0-9+/]+=*$/);

    const fixed = await api.depositCode(vw, { amount: '25.50' });
    expect(fixed.body.amount).toBe(25.5);
    expect(getPixPayloadInfo(fixed.body.pix_payload.copy_paste)).toMatchObject({ amount: 25.5, txid: open.body.pix_txid });
  });

  it('show the holding day by day: real balance, virtual balances and the ratio', async () => {
    const { tenant, api } = await setUp(40_00n);
    const vw = await createVirtual(api, 'cliente-001');
    await api.deposit(vw, { amount: '60.00' });
    const history = await api.history({ days: 3 });
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ wallet_uuid: tenant.wallet.walletUuid, time_zone: 'America/Sao_Paulo' });
    expect(history.body.data).toHaveLength(3);
    expect(history.body.data.at(-1)).toMatchObject({ real_balance: 100, virtual_balance_total: 60, reserve_ratio_held_bps: 16666 });
    expect(history.body.data[0]).toMatchObject({ real_balance: 0, virtual_balance_total: 0, reserve_ratio_held_bps: null });
    // The dashboard calls the same queries directly.
    const view = await holdingOverview(db, tenant.caller, tenant.wallet.walletUuid);
    expect(view.balances).toEqual({ available: 100_00n, virtualTotal: 60_00n });
    const days = await holdingHistory(db, tenant.caller, tenant.wallet.walletUuid, 1);
    expect(days.days).toEqual([expect.objectContaining({ available: 100_00n, virtualTotal: 60_00n })]);
    expect(await api.history({ days: 0 })).toMatchObject({ status: 400 });
  });

  it('walk the history back day by day from the ledger, carrying a balance over days without movements', async () => {
    const { tenant, api } = await setUp();
    const vw = await createVirtual(api, 'cliente-001');
    // Money that arrived 3 days and 1 day ago, written as the ledger holds it: balanced entries applied by its trigger, dated then.
    const available = await walletAccount(db, tenant.walletRef, 'available');
    const clearing = await platformAccount(db, tenant.entityUuid, 'pix_clearing', 'BRL');
    for (const [daysAgo, amount] of [
      [3, 10_00n],
      [1, 5_00n],
    ] as const) {
      const at = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
      await db.transaction(async (tx) => {
        const [posted] = await tx
          .insert(ledgerTransaction)
          .values({ entityUuid: tenant.entityUuid, kind: 'test_deposit', referenceType: 'test', referenceId: randomUUID(), createdAt: at })
          .returning();
        await tx.insert(ledgerEntry).values([
          { transactionUuid: posted!.transactionUuid, accountId: available.id, entityUuid: tenant.entityUuid, amountMinor: amount, currency: 'BRL', createdAt: at },
          { transactionUuid: posted!.transactionUuid, accountId: clearing.id, entityUuid: tenant.entityUuid, amountMinor: -amount, currency: 'BRL', createdAt: at },
        ]);
      });
    }
    await api.deposit(vw, { amount: '20.00' });
    const days = (await api.history({ days: 5 })).body.data as { real_balance: number; virtual_balance_total: number; reserve_ratio_held_bps: number | null }[];
    expect(days.map((d) => d.real_balance)).toEqual([0, 10, 10, 15, 35]);
    expect(days.map((d) => d.virtual_balance_total)).toEqual([0, 0, 0, 0, 20]);
    expect(days.map((d) => d.reserve_ratio_held_bps)).toEqual([null, null, null, null, 17500]);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('reach only their own holding for a wallet-level token, which may not change the configuration', async () => {
    const { tenant, api } = await setUp();
    const vw = await createVirtual(api, 'cliente-001');
    const { walletLevelToken } = await import('@/lib/wallets/test-fixtures');
    const token = await walletLevelToken(db, tenant as HoldingTenant, tenant.wallet.walletUuid, ['wallet:read', 'wallet:write']);
    const confined = virtualApi(token, tenant.wallet.walletUuid);
    expect((await confined.get(vw)).status).toBe(200);
    expect(await confined.configure({ minimum_deposit: 2, leverage_ceiling: 0, reserve_ratio_bps: 100 })).toMatchObject({ status: 403 });
    const brl2 = await seedWallet(db, tenant, { currency: 'MXN', customer_id: 'cust_2' });
    expect((await virtualApi(token, brl2.walletUuid).list()).status).toBe(404);
  });
});
