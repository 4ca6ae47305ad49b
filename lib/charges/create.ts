import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, wallet, type ChargeMethod } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { now } from '@/lib/clock';
import { currencyDigits } from '@/lib/money/currency';
import { DecimalError, formatMinor, parseMinor } from '@/lib/money/decimal';
import { MAX_AMOUNT_MINOR } from '@/lib/money/schemas';
import { isCnpj, isCpf } from '@/lib/persons/documents';
import type { Acquirer } from './acquirer/acquirer';
import { authorizeCard, checkCard, defaultAcquirer } from './authorize';
import { chargeErrors } from './errors';
import { recordCreation, type ChargeRow } from './record-change';
import type { CardFields, CreateChargeBody } from './schemas';

/** The methods this version charges; pix and boleto are A55 methods too and answer "not supported" until they land. */
const CARD_METHODS: readonly ChargeMethod[] = ['credit_card', 'debit_card'];

/**
 * Creates a card charge on one of the caller's active payment wallets (reference A.3). With card
 * fields (host to host) the card is checked and sent to the acquirer at once; without, the charge
 * stays `issued` until the payer pays it at the public pay endpoint. Amounts are parsed in the
 * wallet's currency: CLP takes integers, and a wrong precision is AMOUNT_INVALID. A refused card
 * creates nothing; a declined one is recorded as a charge in `error` with the acquirer's message.
 */
export async function createCharge(db: DbOrTx, caller: Caller, body: CreateChargeBody, acquirer: Acquirer = defaultAcquirer()): Promise<ChargeRow> {
  const method = cardMethod(body.type_charge);
  const target = await chargeableWallet(db, caller, body.wallet_uuid);
  if (body.merchant_id.toLowerCase() !== target.merchantUuid) throw chargeErrors.merchantMismatch();
  if (body.currency !== target.currency) throw chargeErrors.currencyNotSupported(body.currency, target.currency);
  const digits = currencyDigits(target.currency);
  const installmentValue = amountIn(body.installment_value, digits);
  const amount = installmentValue * BigInt(body.installment_count);
  if (amount > MAX_AMOUNT_MINOR) throw chargeErrors.amountInvalid(`installment_value × installment_count must be at most ${formatMinor(MAX_AMOUNT_MINOR, digits)}`);
  if (target.currency === 'BRL' && !isCpf(body.payer_tax_id) && !isCnpj(body.payer_tax_id)) throw chargeErrors.taxIdInvalid();
  if (method === 'debit_card' && body.installment_count > 1) throw chargeErrors.debitInstallments();
  const card = cardOf(body);
  const facts = card ? checkCard(card, body.installment_count, null) : null;
  const items = body.items.map((item, i) => ({
    ...item,
    total_amount: formatMinor(amountIn(item.total_amount, digits, `items.${i}.total_amount`), digits),
    unit_amount: formatMinor(amountIn(item.unit_amount, digits, `items.${i}.unit_amount`), digits),
  }));

  return db.transaction(async (tx) => {
    const createdAt = now();
    const [created] = await tx
      .insert(charge)
      .values({
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
        dueDate: body.due_date,
        items,
        capture: body.capture,
        threedsAuthentication: body.threeds_authentication,
        deviceInfo: body.device_info ?? null,
        webhookUrl: body.webhook_url ?? null,
        redirectUrl: body.redirect_url ?? null,
        createdAt,
        updatedAt: createdAt,
      })
      .returning();
    await recordCreation(tx, created!);
    return card && facts ? authorizeCard(tx, created!, card, facts, acquirer) : created!;
  });
}

function cardMethod(typeCharge: string): ChargeMethod {
  const method = CARD_METHODS.find((known) => known === typeCharge);
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

function compact(record: Record<string, string | null | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
