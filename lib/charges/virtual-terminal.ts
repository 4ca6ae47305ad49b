import { z } from 'zod';
import { currencyDigits, WALLET_CURRENCIES } from '@/lib/money/currency';
import { DecimalError, formatMinor, parseMinor } from '@/lib/money/decimal';
import { MAX_AMOUNT_MINOR } from '@/lib/money/schemas';
import { isCnpj, isCpf } from '@/lib/persons/documents';
import { cardFieldsSchema, createChargeSchema, type CreateChargeBody } from './schemas';

// The dashboard's "New charge" form (a virtual terminal): the merchant types the total and the
// number of installments, the payer and the card; the action turns it into the A55 body that
// `POST /api/v1/bank/wallet/charge/` takes and hands it to the same service. Every field reuses the
// A55 schema's own rule, so what the form accepts the service accepts. Browser-safe.

const a55 = createChargeSchema.shape;

/** Tax ids are typed with their punctuation ("529.982.247-25"); the wire carries letters and digits. */
const taxId = z
  .string()
  .trim()
  .transform((value) => value.replace(/[.\-/\s]/g, '').toUpperCase())
  .pipe(a55.payer_tax_id);

export const newChargeFormSchema = z
  .object({
    wallet_uuid: z.guid('Choose a wallet'),
    merchant_id: a55.merchant_id,
    currency: z.enum(WALLET_CURRENCIES),
    /** The total, as canonical decimal text ("1234.50"): the form turns the reader's "1.234,50" into it. */
    amount: z.string().trim().min(1, 'Enter the amount'),
    installment_count: a55.installment_count,
    description: a55.description,
    payer_name: a55.payer_name,
    payer_email: a55.payer_email,
    payer_tax_id: taxId,
    payer_cell_phone: a55.payer_cell_phone,
    payer_address: a55.payer_address,
    ...cardFieldsSchema.shape,
    capture: z.boolean(),
    threeds_authentication: z.boolean(),
  })
  .superRefine((form, ctx) => {
    const problem = splitProblem(form.amount, form.currency, form.installment_count);
    if (problem) ctx.addIssue({ code: 'custom', path: ['amount'], message: problem });
    if (form.currency === 'BRL' && !isCpf(form.payer_tax_id) && !isCnpj(form.payer_tax_id)) {
      ctx.addIssue({ code: 'custom', path: ['payer_tax_id'], message: 'Enter a valid CPF or CNPJ' });
    }
  });

export type NewChargeFormValues = z.input<typeof newChargeFormSchema>;
export type NewChargeInput = z.output<typeof newChargeFormSchema>;

/** Why a total cannot be charged in this many installments, or null when it can. */
function splitProblem(amount: string, currency: string, installments: number): string | null {
  let total: bigint;
  try {
    total = parseMinor(amount, currencyDigits(currency));
  } catch (error) {
    return error instanceof DecimalError && /decimal places/.test(error.message) ? `${currency} takes at most ${currencyDigits(currency)} decimal places` : 'Enter an amount such as 150.00';
  }
  if (total <= 0n) return 'The amount must be greater than zero';
  if (total > MAX_AMOUNT_MINOR) return `The amount must be at most ${formatMinor(MAX_AMOUNT_MINOR, currencyDigits(currency))}`;
  if (Number.isInteger(installments) && installments > 0 && total % BigInt(installments) !== 0n) {
    const below = (total / BigInt(installments)) * BigInt(installments);
    return `The amount does not split into ${installments} equal installments; ${formatMinor(below, currencyDigits(currency))} or ${formatMinor(below + BigInt(installments), currencyDigits(currency))} does`;
  }
  return null;
}

/**
 * The A55 create body for a validated form: the total split into equal installments, a card
 * charge due `today` (a card is paid at once). Parsed by the A55 schema itself, so the service
 * gets exactly what the API route would give it.
 */
export function toCreateChargeBody(form: NewChargeInput, today: string): CreateChargeBody {
  const digits = currencyDigits(form.currency);
  const installmentValue = parseMinor(form.amount, digits) / BigInt(form.installment_count);
  return createChargeSchema.parse({
    wallet_uuid: form.wallet_uuid,
    merchant_id: form.merchant_id,
    currency: form.currency,
    installment_value: formatMinor(installmentValue, digits),
    installment_count: form.installment_count,
    description: form.description,
    due_date: today,
    type_charge: 'credit_card',
    payer_name: form.payer_name,
    payer_email: form.payer_email,
    payer_tax_id: form.payer_tax_id,
    payer_cell_phone: form.payer_cell_phone,
    payer_address: form.payer_address,
    capture: form.capture,
    threeds_authentication: form.threeds_authentication,
    card_name: form.card_name,
    card_number: form.card_number,
    card_expiry_month: form.card_expiry_month,
    card_expiry_year: form.card_expiry_year,
    card_cvv: form.card_cvv,
  });
}
