import { describe, expect, it } from 'vitest';
import { expectLedgerIntact } from '@/lib/ledger/testing';
import { testDb } from '@/lib/testing/db';
import {
  chargeApi,
  chargeTenant,
  SANDBOX_OK_CARD,
  walletBalance,
  chargeAssertions,
} from './test-fixtures';

const db = await testDb();
const { created, timeline } = chargeAssertions(db);

describe('charges: sandbox disputes', () => {
  it('open → lose: chargeback_requested, then chargeback', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const paid = await created(tenant, { card: SANDBOX_OK_CARD });
    const opened = await api.dispute(paid.charge_uuid, 'open', 'fraud');
    expect(opened).toMatchObject({ status: 200, body: { status: 'chargeback_requested', amount_remaining: '0.00' } });
    expect((await api.refund(paid.charge_uuid, tenant.wallet.walletUuid)).status).toBe(409);
    expect((await api.dispute(paid.charge_uuid, 'open')).status).toBe(409);
    const lost = await api.dispute(paid.charge_uuid, 'lose');
    expect(lost.body.status).toBe('chargeback');
    expect((await api.dispute(paid.charge_uuid, 'win')).status).toBe(409);
    expect(await timeline(paid.charge_uuid)).toEqual(['∅→issued', 'issued→confirmed', 'confirmed→chargeback_requested', 'chargeback_requested→chargeback']);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('open → win: chargeback_reversed; a dispute needs a captured charge', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const paid = await created(tenant, { card: SANDBOX_OK_CARD });
    expect((await api.dispute(paid.charge_uuid, 'win')).status).toBe(409);
    await api.dispute(paid.charge_uuid, 'open');
    const won = await api.dispute(paid.charge_uuid, 'win', 'evidence accepted');
    expect(won).toMatchObject({ status: 200, body: { status: 'chargeback_reversed', captured_amount: '100.00', net_amount: '96.51' } });
    expect(await timeline(paid.charge_uuid)).toEqual(['∅→issued', 'issued→confirmed', 'confirmed→chargeback_requested', 'chargeback_requested→chargeback_reversed']);

    const issued = await created(tenant);
    expect((await api.dispute(issued.charge_uuid, 'open')).status).toBe(409);
    await expectLedgerIntact(db, tenant.entityUuid);
  });

  it('a won dispute leaves the money refundable: in part, then the rest; it cannot be disputed again', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const paid = await created(tenant, { card: SANDBOX_OK_CARD });
    await api.dispute(paid.charge_uuid, 'open');
    await api.dispute(paid.charge_uuid, 'win');
    expect((await api.dispute(paid.charge_uuid, 'open')).status).toBe(409);
    expect(await api.refund(paid.charge_uuid, tenant.wallet.walletUuid, { amount: '40.00' })).toMatchObject({
      status: 200,
      body: { status: 'chargeback_reversed', refunded_amount: '40.00', amount_remaining: '60.00' },
    });
    expect(await api.refund(paid.charge_uuid, tenant.wallet.walletUuid, {})).toMatchObject({ status: 200, body: { status: 'refunded', amount_remaining: '0.00' } });
    expect(await walletBalance(db, tenant.wallet.walletUuid, 'pending')).toBe(0n);
    await expectLedgerIntact(db, tenant.entityUuid);
  });
});
