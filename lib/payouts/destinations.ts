import { getBankByCode, getPixKeyInfo, isValidBankAccount, isValidCNPJ, isValidCPF } from '@brazilian-utils/brazilian-utils';
import { z } from 'zod';

/**
 * Where a payout goes (reference A.7's destination objects), checked before any money moves: a Pix
 * key must be a valid key of the type it claims (CPF and CNPJ by their check digits, e-mail,
 * E.164 phone, EVP as a UUID), a bank account must name a known bank and pass that bank's
 * account check digits (@brazilian-utils knows the Brazilian banks' rules).
 */

export const PIX_KEY_TYPES = ['cpf', 'cnpj', 'email', 'phone', 'evp'] as const;
export type PixKeyType = (typeof PIX_KEY_TYPES)[number];

const digitsOnly = (value: string) => value.replace(/\D/g, '');

/** The key as the Pix directory stores it, or null when it is not a valid key of `type`. */
export function normalizedPixKey(type: PixKeyType, key: string): string | null {
  const trimmed = key.trim();
  switch (type) {
    case 'cpf':
      return isValidCPF(trimmed) ? digitsOnly(trimmed) : null;
    case 'cnpj':
      return isValidCNPJ(trimmed) ? trimmed.replace(/[./-]/g, '').toUpperCase() : null;
    case 'email':
      return z.email().safeParse(trimmed).success && trimmed.length <= 77 ? trimmed.toLowerCase() : null;
    case 'phone':
      // The directory's phone keys are E.164: "+", country code, number, at most 15 digits.
      return /^\+[1-9]\d{7,14}$/.test(trimmed) && getPixKeyInfo(trimmed)?.type === 'phone' ? trimmed : null;
    case 'evp':
      return z.uuid().safeParse(trimmed).success ? trimmed.toLowerCase() : null;
  }
}

const beneficiary = {
  beneficiary_name: z.string().trim().min(1).max(120).optional(),
  beneficiary_document: z
    .string()
    .trim()
    .refine((value) => isValidCPF(value) || isValidCNPJ(value), 'A valid CPF or CNPJ')
    .optional(),
};

export const pixDestinationSchema = z
  .object({
    pix_address_key: z.string().trim().min(1).max(140),
    pix_address_key_type: z.enum(PIX_KEY_TYPES, { error: `One of ${PIX_KEY_TYPES.join(', ')}` }),
    ...beneficiary,
  })
  .transform((destination, ctx) => {
    const key = normalizedPixKey(destination.pix_address_key_type, destination.pix_address_key);
    if (key === null) {
      ctx.addIssue({ code: 'custom', path: ['pix_address_key'], message: `Not a valid Pix key of type ${destination.pix_address_key_type}` });
      return z.NEVER;
    }
    return { ...destination, pix_address_key: key };
  })
  .meta({ id: 'PixDestination' });

export const BANK_ACCOUNT_TYPES = ['checking', 'savings', 'payment'] as const;

export const bankDestinationSchema = z
  .object({
    bank_code: z.string().trim().regex(/^\d{3}$/, 'The bank’s 3-digit code (COMPE)'),
    branch: z.string().trim().regex(/^\d{1,5}$/, 'The branch number, digits only'),
    account: z.string().trim().regex(/^\d{1,13}$/, 'The account number, digits only, without its check digit'),
    account_digit: z.string().trim().regex(/^[0-9Xx]{1,2}$/, 'The account’s check digit'),
    account_type: z.enum(BANK_ACCOUNT_TYPES).default('checking'),
    beneficiary_name: z.string().trim().min(1).max(120),
    beneficiary_document: beneficiary.beneficiary_document.unwrap(),
  })
  .superRefine((destination, ctx) => {
    if (!getBankByCode(destination.bank_code)) {
      ctx.addIssue({ code: 'custom', path: ['bank_code'], message: `No bank with code ${destination.bank_code}` });
      return;
    }
    if (!isValidBankAccount({ bankCode: destination.bank_code, agency: destination.branch, account: destination.account, digit: destination.account_digit })) {
      ctx.addIssue({ code: 'custom', path: ['account_digit'], message: 'The branch, account and check digit do not match this bank’s rules' });
    }
  })
  .meta({ id: 'BankDestination' });

export type PixDestination = z.output<typeof pixDestinationSchema>;
export type BankDestination = z.output<typeof bankDestinationSchema>;
