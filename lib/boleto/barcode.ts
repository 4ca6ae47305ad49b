import { dueDateFactor } from './factor';

/**
 * The FEBRABAN "cobrança" boleto (Carta-Circular BCB 2.926/2000): a 44-digit barcode and the
 * 47-digit digitable line a payer types when the barcode will not scan.
 *
 * Barcode:  bank(3) currency(1) DV(1) factor(4) amount(10) free field(25)
 * Line:     bank+currency+free[0,5) DV1 · free[5,15) DV2 · free[15,25) DV3 · DV · factor+amount
 *
 * DV, the general check digit, is modulo 11 over the other 43 digits; DV1–DV3 are modulo 10 over
 * their fields, so a mistyped line is caught field by field.
 */

/**
 * The bank code our sandbox slips carry. 999 belongs to no institution in the COMPE list (as
 * @brazilian-utils ships it), so a sandbox slip can never be mistaken for, or paid at, a real
 * bank; and unlike 8xx it cannot be confused with a utility bill's line, which starts with 8. A
 * production issuer passes its own code to `buildBoleto`.
 */
export const SANDBOX_BANK_CODE = '999';
/** The currency code for the real, the only currency a boleto is issued in here. */
export const BRL_CURRENCY_CODE = '9';
/** The largest amount the 10-digit field holds: R$ 99.999.999,99. */
export const MAX_BOLETO_AMOUNT_MINOR = 9_999_999_999n;
/** Default "carteira" of the platform's layout: one registered-collection wallet. */
export const DEFAULT_WALLET = '09';

export class BoletoError extends RangeError {
  override name = 'BoletoError';
}

export interface BoletoInput {
  /** 3 digits (COMPE) */
  bankCode: string;
  currencyCode?: '9';
  /** YYYY-MM-DD */
  dueDate: string;
  /** centavos; 0 leaves the amount to the payer, as FEBRABAN allows */
  amountMinor: bigint;
  /** 25 digits, laid out by the issuing bank (see `freeField`) */
  freeField: string;
}

export interface Boleto {
  /** 44 digits */
  barcode: string;
  /** 47 digits, no punctuation */
  digitableLine: string;
  /** 'AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D EEEEEEEEEEEEEE' */
  formattedLine: string;
}

export function buildBoleto(input: BoletoInput): Boleto {
  const currency = input.currencyCode ?? BRL_CURRENCY_CODE;
  if (!/^\d{3}$/.test(input.bankCode)) throw new BoletoError(`a bank code is 3 digits, not "${input.bankCode}"`);
  if (currency !== BRL_CURRENCY_CODE) throw new BoletoError('a boleto is issued in reais (currency code 9)');
  if (!/^\d{25}$/.test(input.freeField)) throw new BoletoError('the free field is 25 digits');
  if (input.amountMinor < 0n || input.amountMinor > MAX_BOLETO_AMOUNT_MINOR) {
    throw new BoletoError(`${input.amountMinor} centavos does not fit the boleto's 10-digit amount`);
  }
  const amount = input.amountMinor.toString().padStart(10, '0');
  const withoutDv = input.bankCode + currency + dueDateFactor(input.dueDate) + amount + input.freeField;
  const barcode = withoutDv.slice(0, 4) + generalCheckDigit(withoutDv) + withoutDv.slice(4);
  const digitableLine = lineFromBarcode(barcode);
  return { barcode, digitableLine, formattedLine: formatDigitableLine(digitableLine) };
}

/** The 47-digit line for a valid 44-digit barcode. */
export function lineFromBarcode(barcode: string): string {
  if (!isValidBoletoBarcode(barcode)) throw new BoletoError('not a valid 44-digit boleto barcode');
  const field1 = barcode.slice(0, 4) + barcode.slice(19, 24);
  const field2 = barcode.slice(24, 34);
  const field3 = barcode.slice(34, 44);
  return (
    field1 + mod10(field1) +
    field2 + mod10(field2) +
    field3 + mod10(field3) +
    barcode[4]! +
    barcode.slice(5, 19)
  );
}

/** The 44-digit barcode for a 47-digit line (punctuation and spaces allowed); every check digit is verified. */
export function barcodeFromLine(line: string): string {
  const digits = line.replace(/[\s.]/g, '');
  if (!/^\d{47}$/.test(digits)) throw new BoletoError('a digitable line is 47 digits');
  const fields: Array<[string, string]> = [
    [digits.slice(0, 9), digits[9]!],
    [digits.slice(10, 20), digits[20]!],
    [digits.slice(21, 31), digits[31]!],
  ];
  fields.forEach(([field, dv], i) => {
    if (mod10(field) !== dv) throw new BoletoError(`field ${i + 1} of the digitable line fails its check digit`);
  });
  const barcode = digits.slice(0, 4) + digits[32]! + digits.slice(33, 47) + digits.slice(4, 9) + digits.slice(10, 20) + digits.slice(21, 31);
  if (!isValidBoletoBarcode(barcode)) throw new BoletoError('the digitable line fails its general check digit');
  return barcode;
}

export function isValidBoletoBarcode(barcode: string): boolean {
  return /^\d{44}$/.test(barcode) && generalCheckDigit(barcode.slice(0, 4) + barcode.slice(5)) === barcode[4];
}

/** 'AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D EEEEEEEEEEEEEE', as printed on the slip. */
export function formatDigitableLine(line: string): string {
  if (!/^\d{47}$/.test(line)) throw new BoletoError('a digitable line is 47 digits');
  return `${line.slice(0, 5)}.${line.slice(5, 10)} ${line.slice(10, 15)}.${line.slice(15, 21)} ${line.slice(21, 26)}.${line.slice(26, 32)} ${line[32]} ${line.slice(33)}`;
}

/** The amount in centavos the barcode carries. */
export function barcodeAmountMinor(barcode: string): bigint {
  return BigInt(barcode.slice(9, 19));
}

/** The due-date factor the barcode carries (see factor.ts to turn it into a date). */
export function barcodeFactor(barcode: string): string {
  return barcode.slice(5, 9);
}

export interface FreeFieldInput {
  /** up to 4 digits, without its check digit */
  agency: string;
  /** up to 7 digits, without its check digit */
  account: string;
  /** the per-account sequential "nosso número", below 10^11 */
  ourNumber: bigint;
  /** 2 digits; DEFAULT_WALLET when absent */
  wallet?: string;
}

/**
 * The platform bank's 25-digit free field. FEBRABAN leaves these digits to the issuing bank; ours
 * follows Bradesco's published layout for registered collection, so tools that read that layout
 * read ours:
 *
 *   agency(4) wallet(2) nosso número(11) account(7) '0'
 *
 * Agency and account go without their check digits, zero-padded on the left; the closing zero is
 * the layout's fixed filler.
 */
export function freeField(input: FreeFieldInput): string {
  const wallet = input.wallet ?? DEFAULT_WALLET;
  return `${digits(input.agency, 4, 'agency')}${digits(wallet, 2, 'wallet')}${formatOurNumber(input.ourNumber)}${digits(input.account, 7, 'account')}0`;
}

/** The nosso número as the free field and the slip write it: 11 digits, zero-padded. */
export function formatOurNumber(n: bigint): string {
  if (n < 0n || n >= 100_000_000_000n) throw new BoletoError(`nosso número ${n} does not fit 11 digits`);
  return n.toString().padStart(11, '0');
}

/**
 * The check digit printed after a bank code ("001-9", "237-2", "341-7"): modulo 11 with weights
 * 2, 3, 4 from the right, where 10 and 11 become 0.
 */
export function bankCodeCheckDigit(bankCode: string): string {
  if (!/^\d{3}$/.test(bankCode)) throw new BoletoError(`a bank code is 3 digits, not "${bankCode}"`);
  const dv = 11 - (weightedSum(bankCode, 9) % 11);
  return dv >= 10 ? '0' : String(dv);
}

/**
 * Modulo 11, weights 2 to 9 from the right: 11 minus the remainder, where 10 and 11 become 1. The
 * rule differs from a bank code's DV (10 and 11 → 0) because FEBRABAN keeps the general DV 1 to 9.
 */
function generalCheckDigit(digits43: string): string {
  const dv = 11 - (weightedSum(digits43, 9) % 11);
  return dv >= 10 ? '1' : String(dv);
}

/** Weights 2, 3, … `maxWeight`, 2, 3, … from the rightmost digit. */
function weightedSum(digits: string, maxWeight: number): number {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += (digits.charCodeAt(i) - 48) * weight;
    weight = weight === maxWeight ? 2 : weight + 1;
  }
  return sum;
}

/** Modulo 10, weights 2 and 1 alternating from the right, two-digit products summed digit by digit. */
function mod10(field: string): string {
  let sum = 0;
  let weight = 2;
  for (let i = field.length - 1; i >= 0; i--) {
    const product = (field.charCodeAt(i) - 48) * weight;
    sum += product > 9 ? product - 9 : product;
    weight = 3 - weight;
  }
  return String((10 - (sum % 10)) % 10);
}

function digits(value: string, width: number, what: string): string {
  if (!new RegExp(`^\\d{1,${width}}$`).test(value)) throw new BoletoError(`the ${what} is 1 to ${width} digits, not "${value}"`);
  return value.padStart(width, '0');
}
