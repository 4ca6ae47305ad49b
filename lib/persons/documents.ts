import { isValidCnpj, isValidCpf } from '@brazilian-utils/brazilian-utils';

/**
 * CPF and CNPJ as the QI wire carries them: numbers only for a CPF; for a CNPJ the alphanumeric
 * format of IN RFB 2.229/2024 (12 letters or digits, then 2 check digits), so the older all-digit
 * CNPJ is the special case. Check digits come from @brazilian-utils, which implements both.
 */
const CPF_PATTERN = /^\d{11}$/;
const CNPJ_PATTERN = /^[0-9A-Z]{12}\d{2}$/;

export function isCpf(value: string): boolean {
  return CPF_PATTERN.test(value) && isValidCpf(value);
}

export function isCnpj(value: string): boolean {
  return CNPJ_PATTERN.test(value) && isValidCnpj(value, { version: 2 });
}
