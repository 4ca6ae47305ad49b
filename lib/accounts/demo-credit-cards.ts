import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { creditWallet, paymentInstrument, wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { createCharge } from '@/lib/charges/create';
import { refundCharge } from '@/lib/charges/refund';
import type { CreateChargeBody } from '@/lib/charges/schemas';
import { closeInvoiceNow } from '@/lib/invoices/sandbox';
import { issuePaymentInstrument } from '@/lib/payment-instruments/issue';
import { createPaymentInstrumentSchema } from '@/lib/payment-instruments/schemas';

/**
 * A postpaid card on the demo's approved credit wallet, spent at the demo's own BRL store: a
 * purchase in three installments and one partly refunded on an invoice closed with its slip, and
 * one on the invoice open now, so the credit wallet page shows a limit in use, a card, its
 * purchases, their invoice items and both invoices. The card's number is shown to nobody (it
 * was answered once, to this seed); a newcomer issues their own card to pay with one.
 */
export async function seedDemoCreditCards(db: Db, caller: Caller, spec: { creditRequestControlKey: string; storeCustomerId: string }): Promise<void> {
  const [credit] = await db
    .select({ walletKey: creditWallet.walletUuid, personKey: creditWallet.ownerPersonKey, status: wallet.status })
    .from(creditWallet)
    .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
    .where(and(eq(creditWallet.entityUuid, caller.entityUuid), eq(creditWallet.requestControlKey, spec.creditRequestControlKey)));
  if (!credit?.personKey || credit.status !== 'active') return;
  const [existing] = await db.select({ key: paymentInstrument.paymentInstrumentKey }).from(paymentInstrument).where(eq(paymentInstrument.walletUuid, credit.walletKey)).limit(1);
  if (existing) return;
  const [store] = await db
    .select({ walletUuid: wallet.walletUuid, merchantUuid: wallet.merchantUuid })
    .from(wallet)
    .where(and(eq(wallet.entityUuid, caller.entityUuid), eq(wallet.customerId, spec.storeCustomerId)));
  if (!store?.merchantUuid) return;

  const { card } = await issuePaymentInstrument(
    db,
    caller,
    credit.walletKey,
    createPaymentInstrumentSchema.parse({
      person_key: credit.personKey,
      payment_instrument_type: 'postpaid_card',
      limit_amount: '800.00',
      postpaid_card_data: { card_type: 'virtual', card_name: 'Cartão da padaria', printed_name: 'PADARIA BELA VISTA' },
    }),
  );
  const purchase = (description: string, installmentValue: string, installmentCount: number): CreateChargeBody => ({
    payer_name: 'Padaria Bela Vista Ltda',
    payer_email: 'compras@padariabelavista.demo.test',
    payer_tax_id: '52998224725',
    payer_cell_phone: '+5511955554444',
    payer_address: { street: 'Rua Treze de Maio', address_number: '500', neighborhood: 'Bela Vista', city: 'São Paulo', state: 'SP', postal_code: '01327000', country: 'BR' },
    wallet_uuid: store.walletUuid,
    merchant_id: store.merchantUuid!,
    installment_value: installmentValue,
    installment_count: installmentCount,
    currency: 'BRL',
    due_date: '2030-12-31',
    description,
    type_charge: 'credit_card',
    items: [],
    capture: true,
    threeds_authentication: false,
    card_name: 'PADARIA BELA VISTA',
    card_number: card.number,
    card_expiry_month: String(card.expiryMonth).padStart(2, '0'),
    card_expiry_year: String(card.expiryYear),
    card_cvv: card.cvv,
  });
  await createCharge(db, caller, purchase('Pedido #3001 — forno elétrico', '99.90', 3));
  const refunded = await createCharge(db, caller, purchase('Pedido #3002 — embalagens', '120.00', 1));
  await refundCharge(db, caller, { chargeUuid: refunded.chargeUuid, walletUuid: store.walletUuid, amount: '20.00', reason: 'Uma caixa chegou amassada' });
  // The sandbox closes that cycle now, so the page shows a closed invoice with its bank slip to
  // pay, and a purchase filling up the next one.
  await closeInvoiceNow(db, caller, credit.walletKey);
  await createCharge(db, caller, purchase('Pedido #3003 — farinha de trigo', '45.00', 1));
}
