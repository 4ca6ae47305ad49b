import { describe, expect, it } from 'vitest';
import { updatePixSettings } from '@/lib/accounts/pix-settings';
import { createPaymentLink } from '@/lib/payment-links/create';
import { startLinkPayment } from '@/lib/payment-links/checkout';
import { createPaymentLinkSchema } from '@/lib/payment-links/schemas';
import { testDb } from '@/lib/testing/db';
import { chargeTenant, VALID_CPF, type ChargeTenant } from './test-fixtures';
import { listCharges } from './queries';
import { chargeListQuerySchema } from './schemas';

const db = await testDb();

const PAYER = { payer_name: 'João Pagador', payer_email: 'joao@example.test', payer_tax_id: VALID_CPF, payer_cell_phone: '+5511912345678', installment_count: 1 };

async function link(tenant: ChargeTenant) {
  return createPaymentLink(
    db,
    tenant.caller,
    createPaymentLinkSchema.parse({
      wallet_uuid: tenant.wallet.walletUuid,
      merchant_id: tenant.wallet.merchantUuid,
      region: 'BR',
      currency: 'BRL',
      billing_type: 'one_time',
      charge_type: ['credit_card', 'pix'],
      name: 'Camiseta',
      value: '50.00',
    }),
  );
}

const chargesOf = (tenant: ChargeTenant, paymentLinkUuid: string) =>
  listCharges(db, tenant.caller, chargeListQuerySchema.parse({ payment_link_uuid: paymentLinkUuid })).then((page) => page.rows.map((row) => row.charge.chargeUuid));

describe('the charges list by payment link', () => {
  it('answers the charges a link started, newest first, and nothing to another account', async () => {
    const tenant = await chargeTenant(db);
    await updatePixSettings(db, tenant.caller, { pix_key: '11222333000181', pix_city: 'São Paulo' });
    const [first, second] = [await link(tenant), await link(tenant)];
    const byCard = await startLinkPayment(db, first.paymentLinkUuid, { ...PAYER, method: 'credit_card' });
    const byPix = await startLinkPayment(db, first.paymentLinkUuid, { ...PAYER, method: 'pix' });
    const elsewhere = await startLinkPayment(db, second.paymentLinkUuid, { ...PAYER, method: 'pix' });

    expect(await chargesOf(tenant, first.paymentLinkUuid)).toEqual([byPix.chargeUuid, byCard.chargeUuid]);
    expect(await chargesOf(tenant, second.paymentLinkUuid)).toEqual([elsewhere.chargeUuid]);
    expect(await chargesOf(await chargeTenant(db), first.paymentLinkUuid)).toEqual([]);
    expect(chargeListQuerySchema.safeParse({ payment_link_uuid: 'not-a-uuid' }).success).toBe(false);
  });
});
