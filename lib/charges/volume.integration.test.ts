import { afterEach, describe, expect, it } from 'vitest';
import { resetClock, setClock } from '@/lib/clock';
import { testDb } from '@/lib/testing/db';
import { seedWallet, walletTenant, type WalletTenant } from '@/lib/wallets/test-fixtures';
import { captureCharge } from './capture';
import { createCharge } from './create';
import { refundCharge } from './refund';
import { simulatePayment } from './sandbox-payments';
import { updatePixSettings } from '@/lib/accounts/pix-settings';
import type { CreateChargeBody } from './schemas';
import { calendarDays, chargeVolumeByDay } from './volume';

const db = await testDb();

afterEach(() => resetClock());

function cardCharge(tenant: WalletTenant, wallet: { walletUuid: string; currency: string }, installmentValue: string, options: { card?: string; capture?: boolean } = {}): CreateChargeBody {
  return {
    wallet_uuid: wallet.walletUuid,
    merchant_id: tenant.merchant.merchantUuid,
    payer_name: 'Ana Paula',
    payer_email: 'ana@example.test',
    payer_tax_id: wallet.currency === 'BRL' ? '52998224725' : 'FEAP850101ABC',
    payer_cell_phone: '+5511987654321',
    installment_value: installmentValue,
    installment_count: 1,
    currency: wallet.currency as 'BRL',
    due_date: '2030-12-31',
    description: 'Volume test',
    type_charge: 'credit_card',
    payer_address: { street: 'Rua A', address_number: '1', neighborhood: 'Centro', city: 'São Paulo', state: 'SP', postal_code: '01000000', country: 'BR' },
    items: [],
    capture: options.capture ?? true,
    threeds_authentication: false,
    card_name: 'ANA PAULA',
    card_number: options.card ?? '4024007153763191',
    card_expiry_month: '12',
    card_expiry_year: '2035',
    card_cvv: '123',
  };
}

function cardFieldsOff(body: CreateChargeBody): CreateChargeBody {
  const { card_name: _name, card_number: _number, card_expiry_month: _month, card_expiry_year: _year, card_cvv: _cvv, ...rest } = body;
  return rest;
}

describe('chargeVolumeByDay', () => {
  it('sums captured charges per day in the reader zone and per currency, filling empty days with zero', async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    const mxn = await seedWallet(db, tenant, { currency: 'MXN', customer_id: 'cust_mx' });

    // 02:30 UTC on 10 March is still 9 March in São Paulo (UTC−3).
    setClock(new Date('2026-03-10T02:30:00Z'));
    await createCharge(db, tenant.caller, cardCharge(tenant, brl, '100.00'));
    setClock(new Date('2026-03-10T15:00:00Z'));
    await createCharge(db, tenant.caller, cardCharge(tenant, brl, '20.50'));
    const refunded = await createCharge(db, tenant.caller, cardCharge(tenant, brl, '10.00'));
    await refundCharge(db, tenant.caller, { chargeUuid: refunded.chargeUuid, walletUuid: brl.walletUuid, amount: '4.00' });
    await createCharge(db, tenant.caller, cardCharge(tenant, mxn, '2500.00'));
    // Neither a decline nor a pre-authorization is captured volume; its later capture is, on the day it happens.
    await createCharge(db, tenant.caller, cardCharge(tenant, brl, '999.00', { card: '4024007153763192' }));
    const held = await createCharge(db, tenant.caller, cardCharge(tenant, brl, '300.00', { capture: false }));
    setClock(new Date('2026-03-11T12:00:00Z'));
    await captureCharge(db, tenant.caller, { chargeUuid: held.chargeUuid, walletUuid: brl.walletUuid, amount: '250.00' });

    const volume = await chargeVolumeByDay(db, tenant.caller, { days: 3, timeZone: 'America/Sao_Paulo' });
    expect(volume.map((v) => v.currency)).toEqual(['BRL', 'MXN']);
    const [brlVolume, mxnVolume] = volume;
    expect(brlVolume!.days).toEqual([
      { day: '2026-03-09', amountMinor: 10000n, count: 1 },
      { day: '2026-03-10', amountMinor: 3050n, count: 2 },
      { day: '2026-03-11', amountMinor: 25000n, count: 1 },
    ]);
    expect(brlVolume!.totalMinor).toBe(38050n);
    expect(mxnVolume!.days.map((d) => d.amountMinor)).toEqual([0n, 250000n, 0n]);

    // In UTC the first charge falls on 10 March, and a window of one day sees only the capture.
    const utc = await chargeVolumeByDay(db, tenant.caller, { days: 2, timeZone: 'UTC' });
    expect(utc[0]!.days).toEqual([
      { day: '2026-03-10', amountMinor: 13050n, count: 3 },
      { day: '2026-03-11', amountMinor: 25000n, count: 1 },
    ]);
    expect((await chargeVolumeByDay(db, tenant.caller, { days: 1, timeZone: 'UTC' })).map((v) => v.currency)).toEqual(['BRL']);
  });

  it('counts a Pix and a boleto on the day they were paid, for what was captured; an unpaid one not at all', async () => {
    const tenant = await walletTenant(db);
    const brl = await seedWallet(db, tenant);
    await updatePixSettings(db, tenant.caller, { pix_key: '11222333000181', pix_city: 'Recife' });
    const pixBody = (value: string): CreateChargeBody => ({ ...cardFieldsOff(cardCharge(tenant, brl, value)), type_charge: 'pix', pix_expiration_seconds: 604_800 });
    setClock(new Date('2026-04-01T15:00:00Z'));
    const pix = await createCharge(db, tenant.caller, pixBody('40.00'));
    await createCharge(db, tenant.caller, pixBody('7.00'));
    const boleto = await createCharge(db, tenant.caller, { ...cardFieldsOff(cardCharge(tenant, brl, '90.00')), type_charge: 'boleto', due_date: '2026-04-10' });
    setClock(new Date('2026-04-02T15:00:00Z'));
    await simulatePayment(db, tenant.caller, { chargeUuid: pix.chargeUuid });
    await simulatePayment(db, tenant.caller, { chargeUuid: boleto.chargeUuid, amount: '60.00' });

    const [volume] = await chargeVolumeByDay(db, tenant.caller, { days: 2, timeZone: 'America/Sao_Paulo' });
    expect(volume!.days).toEqual([
      { day: '2026-04-01', amountMinor: 0n, count: 0 },
      { day: '2026-04-02', amountMinor: 10000n, count: 2 },
    ]);
  });

  it("never counts another account's charges, and a wallet-level caller sees only its wallet", async () => {
    const tenant = await walletTenant(db);
    const other = await walletTenant(db);
    const first = await seedWallet(db, tenant);
    const second = await seedWallet(db, tenant, { customer_id: 'cust_2', merchant_uuid: undefined, name: 'Second' });
    const foreign = await seedWallet(db, other);
    await createCharge(db, tenant.caller, cardCharge(tenant, first, '1.00'));
    await createCharge(db, tenant.caller, { ...cardCharge(tenant, second, '2.00'), merchant_id: second.merchantUuid! });
    await createCharge(db, other.caller, cardCharge(other, foreign, '500.00'));

    const total = async (caller: typeof tenant.caller) => (await chargeVolumeByDay(db, caller, { days: 1, timeZone: 'UTC' }))[0]?.totalMinor;
    expect(await total(tenant.caller)).toBe(300n);
    expect(await total({ ...tenant.caller, walletUuid: second.walletUuid })).toBe(200n);
  });

  it('refuses a window it cannot draw', async () => {
    const tenant = await walletTenant(db);
    await expect(chargeVolumeByDay(db, tenant.caller, { days: 0, timeZone: 'UTC' })).rejects.toThrow(RangeError);
    await expect(chargeVolumeByDay(db, tenant.caller, { days: 7, timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
  });
});

describe('calendarDays', () => {
  it('counts back from the reader today across month ends', () => {
    expect(calendarDays(new Date('2026-03-01T02:00:00Z'), 3, 'America/Sao_Paulo')).toEqual(['2026-02-26', '2026-02-27', '2026-02-28']);
    expect(calendarDays(new Date('2026-03-01T02:00:00Z'), 1, 'UTC')).toEqual(['2026-03-01']);
  });
});
