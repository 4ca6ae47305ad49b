import { z } from 'zod';
import { currencyDigits, WALLET_CURRENCIES } from '@/lib/money/currency';
import { DecimalError, formatMinor, parseMinor } from '@/lib/money/decimal';
import { MAX_AMOUNT_MINOR } from '@/lib/money/schemas';
import { isCnpj, isCpf } from '@/lib/persons/documents';
import { cardFieldsSchema, createChargeSchema, type CreateChargeBody } from './schemas';

// The dashboard's "New charge" form (a virtual terminal): the merchant types the total and the
// number of installments, the payer and the card; or, on a BRL wallet, issues a Pix or a boleto the
// payer pays on the charge's page. The action turns it into the A55 body that
// `POST /api/v1/bank/wallet/charge/` takes and hands it to the same service. Every field reuses the
// A55 schema's own rule, so what the form accepts the service accepts. Browser-safe.

const a55 = createChargeSchema.shape;

/** What the terminal charges: a card typed in, or a Pix or boleto (BRL wallets only) the payer pays later. */
export const TERMINAL_METHODS = ['credit_card', 'pix', 'boleto'] as const;
export type TerminalMethod = (typeof TERMINAL_METHODS)[number];
export const isCardMethod = (method: TerminalMethod) => method === 'credit_card';

/** A Pix waits an hour for its payer unless the merchant says otherwise; at most the API's seven days. */
export const DEFAULT_PIX_MINUTES = 60;
export const MAX_PIX_MINUTES = 7 * 24 * 60;

/** Tax ids are typed with their punctuation ("529.982.247-25"); the wire carries letters and digits. */
const taxId = z
  .string()
  .trim()
  .transform((value) => value.replace(/[.\-/\s]/g, '').toUpperCase())
  .pipe(a55.payer_tax_id);

const cardFieldNames = Object.keys(cardFieldsSchema.shape) as (keyof typeof cardFieldsSchema.shape)[];
const dueDateRule = a55.due_date.unwrap();

export const newChargeFormSchema = z
  .object({
    type_charge: z.enum(TERMINAL_METHODS),
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
    // The card's fields are checked only when a card is charged (below); a Pix or boleto has none.
    card_name: z.string(),
    card_number: z.string(),
    card_expiry_month: z.string(),
    card_expiry_year: z.string(),
    card_cvv: z.string(),
    capture: z.boolean(),
    threeds_authentication: z.boolean(),
    /** Pix: minutes until an unpaid Pix is canceled (NaN while the input is empty; judged below for a Pix only). */
    pix_expiration_minutes: z.union([z.number(), z.nan()]),
    /** Boleto: its due date, YYYY-MM-DD. */
    due_date: z.string(),
  })
  .superRefine((form, ctx) => {
    const card = isCardMethod(form.type_charge);
    const problem = splitProblem(form.amount, form.currency, card ? form.installment_count : 1);
    if (problem) ctx.addIssue({ code: 'custom', path: ['amount'], message: problem });
    if (form.currency === 'BRL' && !isCpf(form.payer_tax_id) && !isCnpj(form.payer_tax_id)) {
      ctx.addIssue({ code: 'custom', path: ['payer_tax_id'], message: 'Enter a valid CPF or CNPJ' });
    }
    if (card) {
      const parsed = cardFieldsSchema.safeParse(Object.fromEntries(cardFieldNames.map((name) => [name, form[name]])));
      for (const issue of parsed.success ? [] : parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return;
    }
    if (form.currency !== 'BRL') ctx.addIssue({ code: 'custom', path: ['type_charge'], message: 'Pix and boleto are for BRL wallets only' });
    if (form.type_charge === 'pix' && !(Number.isInteger(form.pix_expiration_minutes) && form.pix_expiration_minutes >= 1 && form.pix_expiration_minutes <= MAX_PIX_MINUTES)) {
      ctx.addIssue({ code: 'custom', path: ['pix_expiration_minutes'], message: `Whole minutes from 1 to ${MAX_PIX_MINUTES}` });
    }
    if (form.type_charge === 'boleto') {
      const parsed = dueDateRule.safeParse(form.due_date);
      if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['due_date'], message: parsed.error.issues[0]?.message ?? 'A date as YYYY-MM-DD' });
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
 * The A55 create body for a validated form. A card charge: the total split into equal
 * installments, due `today` (a card is paid at once), with its card. A Pix: one payment due today,
 * expiring after the chosen minutes. A boleto: one payment due on its due date. Parsed by the A55
 * schema itself, so the service gets exactly what the API route would give it.
 */
export function toCreateChargeBody(form: NewChargeInput, today: string): CreateChargeBody {
  const digits = currencyDigits(form.currency);
  const card = isCardMethod(form.type_charge);
  const installments = card ? form.installment_count : 1;
  const installmentValue = parseMinor(form.amount, digits) / BigInt(installments);
  return createChargeSchema.parse({
    wallet_uuid: form.wallet_uuid,
    merchant_id: form.merchant_id,
    currency: form.currency,
    installment_value: formatMinor(installmentValue, digits),
    installment_count: installments,
    description: form.description,
    due_date: form.type_charge === 'boleto' ? form.due_date : today,
    type_charge: form.type_charge,
    payer_name: form.payer_name,
    payer_email: form.payer_email,
    payer_tax_id: form.payer_tax_id,
    payer_cell_phone: form.payer_cell_phone,
    payer_address: form.payer_address,
    ...(card
      ? {
          capture: form.capture,
          threeds_authentication: form.threeds_authentication,
          card_name: form.card_name,
          card_number: form.card_number,
          card_expiry_month: form.card_expiry_month,
          card_expiry_year: form.card_expiry_year,
          card_cvv: form.card_cvv,
        }
      : {}),
    ...(form.type_charge === 'pix' ? { pix_expiration_seconds: form.pix_expiration_minutes * 60 } : {}),
  });
}
