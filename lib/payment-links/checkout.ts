import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, merchant, paymentLink } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { createCharge } from '@/lib/charges/create';
import { chargeErrors } from '@/lib/charges/errors';
import { isCnpj, isCpf } from '@/lib/persons/documents';
import type { ChargeRow } from '@/lib/charges/record-change';
import type { CreateChargeBody } from '@/lib/charges/schemas';
import { todayInBrazil } from '@/lib/banking-calendar/plain-date';
import { now } from '@/lib/clock';
import { formatMinor } from '@/lib/money/decimal';
import { currencyDigits } from '@/lib/money/currency';
import type { PaymentLinkRow } from './create';
import { paymentLinkErrors } from './errors';
import type { StartLinkPaymentBody } from './schemas';
import { effectiveStatus } from './status';

/** What the hosted checkout shows: the link, whose it is, and whether it still takes payments. */
export interface CheckoutView {
  link: PaymentLinkRow;
  merchantName: string;
  status: PaymentLinkRow['status'];
  /** Installment counts a card payment may take: up to the link's maximum, each dividing the amount exactly. */
  installmentChoices: number[];
}

/** A link by its id, for its public checkout (the id is the capability); unknown → 404. */
export async function checkoutView(db: DbOrTx, paymentLinkUuid: string): Promise<CheckoutView> {
  const [found] = await db
    .select({ link: paymentLink, merchantName: merchant.softDescription, tradeName: merchant.name, accountName: account.name })
    .from(paymentLink)
    .innerJoin(merchant, eq(merchant.merchantUuid, paymentLink.merchantUuid))
    .innerJoin(account, eq(account.entityUuid, paymentLink.entityUuid))
    .where(eq(paymentLink.paymentLinkUuid, paymentLinkUuid));
  if (!found) throw paymentLinkErrors.notFound();
  return {
    link: found.link,
    merchantName: found.tradeName || found.merchantName || found.accountName,
    status: effectiveStatus(found.link, now()),
    installmentChoices: installmentChoices(found.link.valueMinor, found.link.maxInstallmentCount),
  };
}

/**
 * Installment counts that split the amount into equal installments of whole minor units: a charge
 * is installment value × count exactly, so R$ 100,00 may go in 4 (25,00) but not in 3.
 */
export function installmentChoices(valueMinor: bigint, max: number): number[] {
  return Array.from({ length: max }, (_, i) => i + 1).filter((count) => valueMinor % BigInt(count) === 0n);
}

/** Counts one opening of the checkout: the first step of the link's conversion. */
export async function recordCheckoutOpened(db: DbOrTx, paymentLinkUuid: string): Promise<void> {
  await db
    .update(paymentLink)
    .set({ openedCount: sql`${paymentLink.openedCount} + 1` })
    .where(eq(paymentLink.paymentLinkUuid, paymentLinkUuid));
}

/**
 * The payer starts paying a link by one of its methods: a charge of the link's amount on its
 * wallet, carrying the link (and its webhook and redirect), `issued` for the payer to pay: a card at
 * the public pay endpoint, a Pix by its QR, a boleto by its slip. A link that no longer takes
 * payments says why; the payment itself takes the link's slot when it is paid (lib/charges/link-slot.ts).
 */
export async function startLinkPayment(db: DbOrTx, paymentLinkUuid: string, input: StartLinkPaymentBody): Promise<ChargeRow> {
  const view = await checkoutView(db, paymentLinkUuid);
  const { link } = view;
  if (view.status !== 'active') throw paymentLinkErrors.unavailable(view.status);
  if (!link.chargeTypes.includes(input.method)) throw paymentLinkErrors.methodNotOffered(input.method);
  const installments = input.method === 'credit_card' ? input.installment_count : 1;
  if (!view.installmentChoices.includes(installments)) throw paymentLinkErrors.installments(link.maxInstallmentCount);
  if (link.currency === 'BRL' && !isCpf(input.payer_tax_id) && !isCnpj(input.payer_tax_id)) throw chargeErrors.taxIdInvalid();
  // A boleto names its payer's address (FEBRABAN's registered collection); a card or Pix needs none.
  if (input.method === 'boleto' && !input.payer_address) throw paymentLinkErrors.addressRequired();
  const caller: Caller = { type: 'system', id: `payment_link:${link.paymentLinkUuid}`, entityUuid: link.entityUuid, walletUuid: link.walletUuid };
  const digits = currencyDigits(link.currency);
  return createCharge(
    db,
    caller,
    {
      wallet_uuid: link.walletUuid,
      merchant_id: link.merchantUuid,
      payer_name: input.payer_name,
      payer_email: input.payer_email,
      payer_tax_id: input.payer_tax_id,
      payer_cell_phone: input.payer_cell_phone,
      payer_address: input.payer_address ?? { street: '', address_number: '', neighborhood: '', city: '', state: '', postal_code: '', country: link.region },
      installment_value: formatMinor(link.valueMinor / BigInt(installments), digits),
      installment_count: installments,
      currency: link.currency as CreateChargeBody['currency'],
      due_date: input.method === 'boleto' ? undefined : todayInBrazil(now()),
      description: link.name,
      type_charge: input.method,
      items: [{ name: link.name, quantity: 1, total_amount: formatMinor(link.valueMinor, digits), unit_amount: formatMinor(link.valueMinor, digits) }],
      capture: true,
      threeds_authentication: false,
      webhook_url: link.webhookUrl,
      redirect_url: link.redirectUrl,
    },
    { paymentLinkUuid: link.paymentLinkUuid },
  );
}
