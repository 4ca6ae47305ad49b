import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { paymentLink, wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { payCharge } from '@/lib/charges/pay';
import { simulatePayment } from '@/lib/charges/sandbox-payments';
import { startLinkPayment } from '@/lib/payment-links/checkout';
import { createPaymentLink } from '@/lib/payment-links/create';
import { createPaymentLinkSchema } from '@/lib/payment-links/schemas';

const PAYER = { payer_name: 'Carla Mendes', payer_email: 'carla.mendes@cliente.demo.test', payer_tax_id: '52998224725', payer_cell_phone: '+5521998765432' };

/**
 * A reusable payment link on the demo BRL wallet, paid once by card and once by Pix through its
 * checkout's own flow, so the Payment links page shows a link with charges and conversion.
 */
export async function seedDemoPaymentLinks(db: Db, caller: Caller, brlCustomerId: string): Promise<void> {
  const [target] = await db
    .select({ walletUuid: wallet.walletUuid, merchantUuid: wallet.merchantUuid })
    .from(wallet)
    .where(and(eq(wallet.entityUuid, caller.entityUuid), eq(wallet.customerId, brlCustomerId)));
  if (!target?.merchantUuid) return;
  const [existing] = await db.select({ id: paymentLink.paymentLinkUuid }).from(paymentLink).where(eq(paymentLink.walletUuid, target.walletUuid)).limit(1);
  if (existing) return;
  const link = await createPaymentLink(
    db,
    caller,
    createPaymentLinkSchema.parse({
      wallet_uuid: target.walletUuid,
      merchant_id: target.merchantUuid,
      region: 'BR',
      currency: 'BRL',
      billing_type: 'one_time',
      charge_type: ['credit_card', 'pix', 'boleto'],
      name: 'Kit café especial',
      description: 'Dois pacotes de 250 g, torra média',
      value: '89.90',
      max_installment_count: 3,
    }),
  );
  const byCard = await startLinkPayment(db, link.paymentLinkUuid, { ...PAYER, method: 'credit_card', installment_count: 1 });
  await payCharge(db, byCard.chargeUuid, { card_name: 'CARLA MENDES', card_number: '4024007153763191', card_expiry_month: '12', card_expiry_year: '2031', card_cvv: '123', payer_tax_id: PAYER.payer_tax_id });
  const byPix = await startLinkPayment(db, link.paymentLinkUuid, { ...PAYER, method: 'pix', installment_count: 1 });
  await simulatePayment(db, caller, { chargeUuid: byPix.chargeUuid });
}
