import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, CHARGE_METHODS, wallet, type ChargeMethod } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { todayInBrazil } from '@/lib/banking-calendar/plain-date';
import { now } from '@/lib/clock';
import { enqueue } from '@/lib/jobs/enqueue';
import { currencyDigits } from '@/lib/money/currency';
import { DecimalError, formatMinor, parseMinor } from '@/lib/money/decimal';
import { MAX_AMOUNT_MINOR } from '@/lib/money/schemas';
import { isCnpj, isCpf } from '@/lib/persons/documents';
import type { Acquirer } from './acquirer/acquirer';
import { authorizeCard, checkCard, defaultAcquirer } from './authorize';
import { boletoFields, defaultBoletoDueDate } from './boleto-charge';
import { chargeErrors } from './errors';
import { pixFields } from './pix-charge';
import { chargeExpiryQueue } from './queues';
import { recordCreation, type ChargeRow } from './record-change';
import type { CardFields, CreateChargeBody } from './schemas';

const CARD_METHODS: readonly ChargeMethod[] = ['credit_card', 'debit_card'];

/**
 * Creates a charge on one of the caller's active payment wallets (reference A.3). Amounts are
 * parsed in the wallet's currency: CLP takes integers, and a wrong precision is AMOUNT_INVALID.
 * - Cards: with card fields (host to host) the card is checked and sent to the acquirer at once;
 *   without, the charge stays `issued` until the payer pays it at the public pay endpoint. A
 *   refused card creates nothing; a declined one is a charge in `error` with the acquirer's message.
 * - Pix and boleto (BRL, one installment): the charge is `issued` with its BR Code or barcode, and
 *   an expiry job that cancels it if no payment arrives in time.
 * A charge started at a payment link's checkout carries the link; it takes one of the link's
 * payments when it is paid (./link-slot.ts).
 */
export async function createCharge(
  db: DbOrTx,
  caller: Caller,
  body: CreateChargeBody,
  options: { paymentLinkUuid?: string; acquirer?: Acquirer } = {},
): Promise<ChargeRow> {
  const acquirer = options.acquirer ?? defaultAcquirer();
  const method = chargeMethod(body.type_charge);
  const target = await chargeableWallet(db, caller, body.wallet_uuid);
  if (body.merchant_id.toLowerCase() !== target.merchantUuid) throw chargeErrors.merchantMismatch();
  if (body.currency !== target.currency) throw chargeErrors.currencyNotSupported(body.currency, target.currency);
  const digits = currencyDigits(target.currency);
  const installmentValue = amountIn(body.installment_value, digits);
  const amount = installmentValue * BigInt(body.installment_count);
  if (amount > MAX_AMOUNT_MINOR) throw chargeErrors.amountInvalid(`installment_value × installment_count must be at most ${formatMinor(MAX_AMOUNT_MINOR, digits)}`);
  if (target.currency === 'BRL' && !isCpf(body.payer_tax_id) && !isCnpj(body.payer_tax_id)) throw chargeErrors.taxIdInvalid();
  const card = cardOf(body);
  const isCard = CARD_METHODS.includes(method);
  if (!isCard) {
    if (target.currency !== 'BRL') throw chargeErrors.currencyNotSupported(target.currency, 'BRL (the only currency of Pix and boleto)');
    if (body.installment_count !== 1) throw chargeErrors.singlePayment(method);
    if (card) throw chargeErrors.cardFieldsNotAllowed(method);
  }
  if (method === 'debit_card' && body.installment_count > 1) throw chargeErrors.debitInstallments();
  const facts = card ? checkCard(card, body.installment_count, null) : null;
  const dueDate = body.due_date ?? (method === 'boleto' ? defaultBoletoDueDate() : todayInBrazil(now()));
  const items = body.items.map((item, i) => ({
    ...item,
    total_amount: formatMinor(amountIn(item.total_amount, digits, `items.${i}.total_amount`), digits),
    unit_amount: formatMinor(amountIn(item.unit_amount, digits, `items.${i}.unit_amount`), digits),
  }));

  return db.transaction(async (tx) => {
    const chargeUuid = randomUUID();
    const createdAt = now();
    const methodColumns =
      method === 'pix'
        ? await pixFields(tx, { entityUuid: caller.entityUuid, merchantUuid: target.merchantUuid, chargeUuid, amountMinor: amount, expiresInSeconds: body.pix_expiration_seconds })
        : method === 'boleto'
          ? await boletoFields(tx, { entityUuid: caller.entityUuid, dueDate, amountMinor: amount })
          : {};
    const [created] = await tx
      .insert(charge)
      .values({
        chargeUuid,
        entityUuid: caller.entityUuid,
        walletUuid: target.walletUuid,
        merchantUuid: target.merchantUuid,
        typeCharge: method,
        status: 'issued',
        currency: target.currency,
        installmentValueMinor: installmentValue,
        installmentCount: body.installment_count,
        amountMinor: amount,
        payerName: body.payer_name,
        payerEmail: body.payer_email,
        payerTaxId: body.payer_tax_id,
        payerCellPhone: body.payer_cell_phone,
        payerAddress: compact(body.payer_address),
        description: body.description,
        dueDate,
        items,
        capture: body.capture,
        threedsAuthentication: body.threeds_authentication,
        deviceInfo: body.device_info ?? null,
        webhookUrl: body.webhook_url ?? null,
        redirectUrl: body.redirect_url ?? null,
        paymentLinkUuid: options.paymentLinkUuid ?? null,
        ...methodColumns,
        createdAt,
        updatedAt: createdAt,
      })
      .returning();
    await recordCreation(tx, created!);
    if (created!.expiresAt) await enqueue(tx, chargeExpiryQueue, { chargeUuid }, { startAfter: created!.expiresAt });
    return card && facts ? authorizeCard(tx, created!, card, facts, acquirer) : created!;
  });
}

function chargeMethod(typeCharge: string): ChargeMethod {
  const method = CHARGE_METHODS.find((known) => known === typeCharge);
  if (!method) throw chargeErrors.methodNotSupported(typeCharge);
  return method;
}

/** The caller's payment wallet that takes the charge: a foreign or missing one is 404, an inactive one 409. */
async function chargeableWallet(db: DbOrTx, caller: Caller, walletUuid: string) {
  const [found] = await db
    .select({ walletUuid: wallet.walletUuid, merchantUuid: wallet.merchantUuid, currency: wallet.currency, status: wallet.status })
    .from(wallet)
    .where(and(ownedBy(wallet, caller), eq(wallet.walletUuid, walletUuid), eq(wallet.kind, 'payment')));
  if (!found || !found.merchantUuid) throw chargeErrors.walletNotFound();
  if (found.status !== 'active') throw chargeErrors.walletNotActive();
  return { ...found, merchantUuid: found.merchantUuid };
}

/** A decimal amount in the currency's minor units, positive; anything else is A55's AMOUNT_INVALID. */
export function amountIn(text: string, digits: number, field = 'installment_value'): bigint {
  let minor: bigint;
  try {
    minor = parseMinor(text, digits);
  } catch (error) {
    const reason = error instanceof DecimalError ? error.message : 'not a decimal number';
    throw chargeErrors.amountInvalid(`${field}: ${reason}${digits === 0 ? ' (this currency takes whole amounts)' : ''}`);
  }
  if (minor <= 0n) throw chargeErrors.amountInvalid(`${field} must be greater than zero`);
  if (minor > MAX_AMOUNT_MINOR) throw chargeErrors.amountInvalid(`${field} must be at most ${formatMinor(MAX_AMOUNT_MINOR, digits)}`);
  return minor;
}

function cardOf(body: CreateChargeBody): CardFields | null {
  const { card_name, card_number, card_expiry_month, card_expiry_year, card_cvv } = body;
  if (!card_name || !card_number || !card_expiry_month || !card_expiry_year || !card_cvv) return null;
  return { card_name, card_number, card_expiry_month, card_expiry_year, card_cvv };
}

/** The address fields that were given (a hosted checkout may take a card or Pix payer without one). */
function compact(record: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}
