import { formatMinor } from '@/lib/money/decimal';
import { isCnpj, isCpf } from '@/lib/persons/documents';

/**
 * The Pix "copia e cola" text: a BR Code (EMV® QR merchant-presented mode) as the Banco Central's
 * "Manual de Padrões para Iniciação do Pix" lays it out.
 *
 * Mode: a *static* BR Code carrying the receiver's Pix key (26-01), the amount (54) and our own
 * txid (62-05). A dynamic BR Code would carry a PSP location URL (26-25) instead and needs a PSP's
 * "cob" API behind it; the key-based form is what a platform without one can issue, and the txid is
 * what the PSP hands back with the payment so it can be matched to its charge.
 *
 * Point of Initiation Method (01) is "12". In Pix it is only a hint (the BCB answered in
 * bacen/pix-api#139 that a static QR always accepts several payments, and "12" asks the payer's
 * PSP to tell the payer it is meant to be paid once). Every charge gets its own code, so the hint
 * is true; refusing a second payment of the same txid is the platform's job, not the code's. A
 * code without an amount (a virtual wallet's deposit code, paid again and again) says "11".
 */

const GUI = 'br.gov.bcb.pix';
/** EMV caps a template's value at 99 characters, so 26 must hold GUI, key and description. */
const TEMPLATE_MAX = 99;
const NAME_MAX = 25;
const CITY_MAX = 15;
/** The manual's limit for 62-05 in a static code; 26–35 characters belong to the dynamic "cob". */
export const PIX_TXID_MAX = 25;
/** 54 is at most 13 characters: "9999999999.99". */
const AMOUNT_MAX_CHARS = 13;
const TXID = /^[A-Za-z0-9]{1,25}$/;

export class PixCodeError extends RangeError {
  override name = 'PixCodeError';
}

export interface PixBrCodeInput {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  /**
   * centavos. Omitted: a code the payer may pay any amount, any number of times (a deposit key such as
   * a virtual wallet's), so field 54 is left out and 01 says "11" (reusable) instead of "12".
   */
  amountMinor?: bigint;
  txid: string;
  description?: string;
}

export function buildPixBrCode(input: PixBrCodeInput): string {
  if (!validatePixKey(input.pixKey)) throw new PixCodeError(`"${input.pixKey}" is not a Pix key`);
  if (!TXID.test(input.txid)) {
    throw new PixCodeError(`a static Pix txid is 1 to ${PIX_TXID_MAX} letters or digits, not "${input.txid}"`);
  }
  const amount = input.amountMinor === undefined ? null : formatMinor(input.amountMinor, 2);
  if (input.amountMinor !== undefined && input.amountMinor <= 0n) throw new PixCodeError('a Pix charge amount is greater than zero');
  if (amount !== null && amount.length > AMOUNT_MAX_CHARS) throw new PixCodeError(`R$ ${amount} does not fit a BR Code amount`);

  const gui = tlv('00', GUI);
  const key = tlv('01', input.pixKey);
  // The description yields to the key: it is cut to what the 99 characters of 26 leave, or dropped.
  const room = TEMPLATE_MAX - gui.length - key.length - 4;
  const description = input.description === undefined ? '' : normalizePixDescription(input.description).slice(0, Math.max(room, 0)).trimEnd();
  const account = gui + key + (description ? tlv('02', description) : '');

  const payload =
    tlv('00', '01') +
    tlv('01', amount === null ? '11' : '12') +
    tlv('26', account) +
    tlv('52', '0000') +
    tlv('53', '986') +
    (amount === null ? '' : tlv('54', amount)) +
    tlv('58', 'BR') +
    tlv('59', normalizePixName(input.merchantName)) +
    tlv('60', normalizePixCity(input.merchantCity)) +
    tlv('62', tlv('05', input.txid)) +
    // The CRC covers its own ID and length, so "6304" is written before it is computed.
    '6304';
  return payload + crc16ccitt(payload);
}

/**
 * A txid for a charge. A UUID (the charge's own, with or without dashes) is written in base 36:
 * 128 bits need exactly 25 base-36 digits, so distinct charges always get distinct txids within
 * the static code's 25 characters, where cutting the 32 hex digits would drop bits. Any other seed
 * must already be 1 to 25 letters or digits and is used as it is.
 */
export function pixTxid(seed: string): string {
  const hex = seed.replace(/-/g, '');
  if (/^[0-9a-f]{32}$/i.test(hex)) {
    return BigInt(`0x${hex}`).toString(36).toUpperCase().padStart(PIX_TXID_MAX, '0');
  }
  if (TXID.test(seed)) return seed;
  throw new PixCodeError(`"${seed}" is neither a UUID nor 1 to ${PIX_TXID_MAX} letters or digits`);
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor) as 4 uppercase hex digits. */
export function crc16ccitt(text: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export type PixKeyType = 'cpf' | 'cnpj' | 'email' | 'phone' | 'evp';

// The key as the DICT stores it and the payer's PSP will look it up: no masks, e-mail and EVP in
// lower case, a phone in E.164. Pix phone keys are Brazilian mobile numbers: an area code (DDD)
// Anatel assigns, then 9 and 8 digits.
// The DICT's e-mail characters, with the local part as a dot-atom (no leading, trailing or double dot).
const EMAIL =
  /^[a-z0-9!#$&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$&'*+/=?^_`{|}~-]+)*@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const EMAIL_MAX = 77;
const PHONE = /^\+55(?:1[1-9]|2[12478]|3[1-578]|4[1-9]|5[1345]|6[1-9]|7[134579]|8[1-9]|9[1-9])9\d{8}$/;
const EVP = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function validatePixKey(key: string): { type: PixKeyType } | null {
  if (isCpf(key)) return { type: 'cpf' };
  if (isCnpj(key)) return { type: 'cnpj' };
  if (PHONE.test(key)) return { type: 'phone' };
  if (EVP.test(key)) return { type: 'evp' };
  if (key.length <= EMAIL_MAX && EMAIL.test(key)) return { type: 'email' };
  return null;
}

/** The merchant name as field 59 carries it: see `normalizeText`, at most 25 characters. */
export function normalizePixName(name: string): string {
  return normalizeText(name, NAME_MAX, 'merchant name');
}

/** The merchant city as field 60 carries it: see `normalizeText`, at most 15 characters. */
export function normalizePixCity(city: string): string {
  return normalizeText(city, CITY_MAX, 'merchant city');
}

/**
 * Free text for 26-02: accents dropped and anything outside printable ASCII removed, because
 * each TLV length counts characters and some readers count bytes. Case is kept.
 */
export function normalizePixDescription(text: string): string {
  return stripMarks(text).replace(/\s+/g, ' ').replace(/[^\x20-\x7e]/g, '').replace(/ {2,}/g, ' ').trim();
}

// Upper-case letters, digits, space and a few punctuation marks every payer's app shows alike.
const NOT_ALLOWED = /[^A-Z0-9 &.,/-]/g;

/**
 * Accents removed, upper case, only the allowed characters, spaces collapsed, cut to `max`.
 * NFKD rather than NFD so that compatibility forms (ligatures, full-width letters) also become
 * plain letters instead of disappearing.
 */
function normalizeText(value: string, max: number, what: string): string {
  const text = stripMarks(value)
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(NOT_ALLOWED, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, max)
    .trimEnd();
  if (!/[A-Z0-9]/.test(text)) throw new PixCodeError(`the ${what} "${value}" has no letter or digit left to print`);
  return text;
}

function stripMarks(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '');
}

function tlv(id: string, value: string): string {
  if (value.length > 99) throw new PixCodeError(`BR Code field ${id} is longer than 99 characters`);
  return id + String(value.length).padStart(2, '0') + value;
}
