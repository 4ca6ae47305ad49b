import { and, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { charge, wallet } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { createCharge } from '@/lib/charges/create';
import { refundCharge } from '@/lib/charges/refund';
import { simulatePayment } from '@/lib/charges/sandbox-payments';
import { getPixSettings, updatePixSettings } from './pix-settings';
import type { CreateChargeBody } from '@/lib/charges/schemas';

/**
 * Card, Pix and boleto charges on the demo BRL and MXN wallets, so the Charges list, a charge's timeline, the
 * wallet's pending balance and statement and the Overview's chart have something to show: paid,
 * partly refunded, pre-authorized, waiting for the payer, and declined. Made through the real
 * services with the sandbox's test cards and its Pix and boleto payments; a wallet that already has
 * charges is left as it is.
 */
const APPROVED = '4024007153763191';
const DECLINED = '4024007153763192';

const PAYER = {
  payer_name: 'Ana Paula Ferreira',
  payer_email: 'ana.ferreira@cliente.demo.test',
  payer_tax_id: '52998224725',
  payer_cell_phone: '+5511987654321',
  payer_address: { street: 'Avenida Paulista', address_number: '1000', neighborhood: 'Bela Vista', city: 'São Paulo', state: 'SP', postal_code: '01310100', country: 'BR' },
};

/** The demo account's Pix key (a CNPJ) and city, so its Pix charges carry a real BR Code. */
const DEMO_PIX = { pix_key: '11222333000181', pix_city: 'São Paulo' };

interface DemoCharge {
  method?: 'credit_card' | 'pix' | 'boleto';
  /** Pix and boleto: the payer pays it (through the sandbox's provider notification). */
  paid?: boolean;
  /** Per installment, as A55 takes it. */
  installmentValue: string;
  installments?: number;
  description: string;
  card?: string;
  capture?: boolean;
  refund?: string;
}

const BRL_CHARGES: DemoCharge[] = [
  { installmentValue: '1234.56', description: 'Pedido #1001 — notebook', card: APPROVED },
  { installmentValue: '29.90', installments: 3, description: 'Pedido #1002 — fones de ouvido', card: APPROVED, refund: '50.00' },
  { installmentValue: '450.00', description: 'Reserva #1003 — pré-autorização', card: APPROVED, capture: false },
  { installmentValue: '39.90', description: 'Pedido #1004 — aguardando o cliente' },
  { installmentValue: '799.00', description: 'Pedido #1005 — cartão recusado', card: DECLINED },
  { installmentValue: '150.00', description: 'Pedido #1006 — Pix', method: 'pix', paid: true },
  { installmentValue: '64.90', description: 'Pedido #1007 — Pix aguardando pagamento', method: 'pix' },
  { installmentValue: '320.00', description: 'Pedido #1008 — boleto pago', method: 'boleto', paid: true },
  { installmentValue: '1200.00', description: 'Pedido #1009 — boleto em aberto', method: 'boleto' },
];
const MXN_CHARGES: DemoCharge[] = [{ installmentValue: '2500.00', description: 'Orden #2001 — tenis', card: APPROVED }];

export async function seedDemoCharges(db: Db, caller: Caller, customerIds: { brl: string; mxn: string }): Promise<void> {
  const pix = await getPixSettings(db, caller);
  if (!pix.pixKey) await updatePixSettings(db, caller, DEMO_PIX);
  await seedWalletCharges(db, caller, customerIds.brl, 'BRL', BRL_CHARGES);
  await seedWalletCharges(db, caller, customerIds.mxn, 'MXN', MXN_CHARGES);
}

async function seedWalletCharges(db: Db, caller: Caller, customerId: string, currency: 'BRL' | 'MXN', charges: DemoCharge[]) {
  const [target] = await db
    .select({ walletUuid: wallet.walletUuid, merchantUuid: wallet.merchantUuid })
    .from(wallet)
    .where(and(eq(wallet.entityUuid, caller.entityUuid), eq(wallet.customerId, customerId)));
  if (!target?.merchantUuid) return;
  const [existing] = await db.select({ n: count() }).from(charge).where(eq(charge.walletUuid, target.walletUuid));
  if (existing!.n > 0) return;
  for (const spec of charges) {
    const body: CreateChargeBody = {
      ...PAYER,
      ...(currency === 'MXN' ? { payer_tax_id: 'FEAP850101ABC', payer_address: { ...PAYER.payer_address, city: 'Ciudad de México', state: 'CDMX', country: 'MX' } } : {}),
      wallet_uuid: target.walletUuid,
      merchant_id: target.merchantUuid,
      installment_value: spec.installmentValue,
      installment_count: spec.installments ?? 1,
      currency,
      due_date: spec.method === 'boleto' ? undefined : '2030-12-31',
      description: spec.description,
      type_charge: spec.method ?? 'credit_card',
      items: [],
      capture: spec.capture ?? true,
      threeds_authentication: false,
      // An unpaid demo Pix waits a week, so a newcomer finds it still payable.
      ...(spec.method === 'pix' ? { pix_expiration_seconds: 604_800 } : {}),
      ...(spec.card ? { card_name: PAYER.payer_name.toUpperCase(), card_number: spec.card, card_expiry_month: '12', card_expiry_year: '2031', card_cvv: '123' } : {}),
    };
    const created = await createCharge(db, caller, body);
    if (spec.paid) await simulatePayment(db, caller, { chargeUuid: created.chargeUuid });
    if (spec.refund) await refundCharge(db, caller, { chargeUuid: created.chargeUuid, walletUuid: target.walletUuid, amount: spec.refund, reason: 'Cliente devolveu um item' });
  }
}
