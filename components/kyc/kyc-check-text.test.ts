import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { runKycChecks, type KycCheck } from '@/lib/kyc/checks';
import type { LegalPerson, NaturalPerson } from '@/lib/persons/schemas';
import en from '@/messages/en.json';
import ptBR from '@/messages/pt-BR.json';
import { localizeKycCheck, type KycCheckTranslator } from './kyc-check-text';

const contact = {
  email: 'owner@example.test',
  phone: { country_code: '55', area_code: '11', number: '999999999' },
  address: { street: 'Rua', number: '1', neighborhood: 'Centro', postal_code: '01234567', city: 'São Paulo', state: 'SP' as const },
};
const natural = (overrides: Partial<NaturalPerson> = {}): NaturalPerson => ({
  person_type: 'natural',
  name: 'Maria',
  document_number: '12345678909',
  birthdate: '1990-01-01',
  ...contact,
  ...overrides,
});
const legal = (overrides: Partial<LegalPerson> = {}): LegalPerson => ({
  person_type: 'legal',
  name: 'Padaria LTDA',
  trading_name: 'Padaria',
  document_number: '11222333000181',
  foundation_date: '2010-01-01',
  ...contact,
  legal_representatives: [natural({ name: 'Rita' })],
  ...overrides,
});
const today = '2026-05-10';

const translator = (locale: string, messages: typeof en) => createTranslator({ locale, messages, namespace: 'kycChecks' }) as unknown as KycCheckTranslator;
const english = translator('en', en);
const portuguese = translator('pt-BR', ptBR);

/** Owners that produce every sentence the checks can write. */
const CHECKS: KycCheck[] = [
  ...runKycChecks(natural(), { today, activeWalletsWithDocument: 0 }),
  ...runKycChecks(natural({ document_number: '12345678901', birthdate: '2008-05-11' }), { today, activeWalletsWithDocument: 1 }),
  ...runKycChecks(natural({ birthdate: '2026-05-11' }), { today, activeWalletsWithDocument: 3 }),
  ...runKycChecks(natural({ birthdate: '1990-02-30' }), { today, activeWalletsWithDocument: 0 }),
  ...runKycChecks(legal(), { today, activeWalletsWithDocument: 0 }),
  ...runKycChecks(legal({ legal_representatives: [] }), { today, activeWalletsWithDocument: 0 }),
  ...runKycChecks(
    legal({
      document_number: '11222333000100',
      legal_representatives: [natural({ name: 'Rita (sócia)', document_number: '12345678901', birthdate: '2010-01-01' }), natural({ name: 'Ana', birthdate: '2030-01-01' })],
    }),
    { today, activeWalletsWithDocument: 0 },
  ),
];

describe('localizeKycCheck', () => {
  it('writes every label and detail in English exactly as the checks do', () => {
    for (const check of CHECKS) expect(localizeKycCheck(check, english)).toEqual({ label: check.label, detail: check.detail });
  });

  it('translates every label and detail the checks write, none left in English', () => {
    for (const check of CHECKS) {
      const localized = localizeKycCheck(check, portuguese);
      expect(localized.label, check.label).not.toBe(check.label);
      expect(localized.detail, check.detail).not.toBe(check.detail);
    }
    const [document] = CHECKS;
    expect(localizeKycCheck(document!, portuguese)).toEqual({ label: 'Dígitos verificadores do CPF', detail: 'CPF 12345678909 tem dígitos verificadores válidos' });
  });

  it('translates a legal owner’s representative problems one by one, names kept as written', () => {
    const valid = CHECKS.filter((check) => check.id === 'representatives_valid').at(-1)!;
    expect(localizeKycCheck(valid, portuguese).detail).toBe(
      'Representante 1 (Rita (sócia)): CPF 12345678901 tem dígitos verificadores inválidos; Nascido em 2010-01-01: 16 anos em 2026-05-10, menor de 18. ' +
        'Representante 2 (Ana): Data de nascimento 2030-01-01 está no futuro',
    );
  });

  it('leaves a sentence it does not know in English', () => {
    const unknown: KycCheck = { id: 'age', label: 'Owner is of age (18+)', passed: false, detail: 'Something new' };
    expect(localizeKycCheck(unknown, portuguese).detail).toBe('Something new');
  });
});
