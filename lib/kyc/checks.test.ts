import { describe, expect, it } from 'vitest';
import type { LegalPerson, NaturalPerson } from '@/lib/persons/schemas';
import { ageOn, runKycChecks, type KycCheck } from './checks';

const VALID_CPF = '12345678909';
const VALID_CNPJ = '11222333000181';
const ALPHANUMERIC_CNPJ = '12ABC34501DE35';
const contact = {
  email: 'owner@example.test',
  phone: { country_code: '55', area_code: '11', number: '999999999' },
  address: { street: 'Rua', number: '1', neighborhood: 'Centro', postal_code: '01234567', city: 'São Paulo', state: 'SP' as const },
};

function natural(overrides: Partial<NaturalPerson> = {}): NaturalPerson {
  return { person_type: 'natural', name: 'Maria', document_number: VALID_CPF, birthdate: '1990-01-01', ...contact, ...overrides };
}

function legal(overrides: Partial<LegalPerson> = {}): LegalPerson {
  return {
    person_type: 'legal',
    name: 'Padaria LTDA',
    trading_name: 'Padaria',
    document_number: VALID_CNPJ,
    foundation_date: '2010-01-01',
    ...contact,
    legal_representatives: [natural({ name: 'Rita' })],
    ...overrides,
  };
}

const context = { today: '2026-05-10', activeWalletsWithDocument: 0 };
const byId = (checks: KycCheck[]) => Object.fromEntries(checks.map((check) => [check.id, check]));

describe('ageOn', () => {
  it('counts whole years, turning a year older on the birthday itself', () => {
    expect(ageOn('2008-05-10', '2026-05-09')).toBe(17);
    expect(ageOn('2008-05-10', '2026-05-10')).toBe(18);
    expect(ageOn('2008-12-31', '2026-12-31')).toBe(18);
    expect(ageOn('2008-12-31', '2027-01-01')).toBe(18);
  });

  it('gives someone born on 29 February their birthday on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('runKycChecks', () => {
  it('passes a valid adult natural owner with no duplicate, in a fixed order', () => {
    const checks = runKycChecks(natural(), context);
    expect(checks.map((c) => c.id)).toEqual(['document', 'age', 'duplicate_document']);
    expect(checks.every((c) => c.passed)).toBe(true);
    expect(byId(checks).document).toMatchObject({ label: 'CPF check digits', detail: `CPF ${VALID_CPF} has valid check digits` });
    expect(byId(checks).age!.detail).toBe('Born 1990-01-01: 36 years old on 2026-05-10');
  });

  it('fails a CPF with wrong check digits', () => {
    const check = byId(runKycChecks(natural({ document_number: '12345678901' }), context)).document!;
    expect(check).toMatchObject({ passed: false, detail: 'CPF 12345678901 fails its check digits' });
  });

  it('measures age on the given day: 17 the day before the 18th birthday, of age on it', () => {
    const minor = byId(runKycChecks(natural({ birthdate: '2008-05-11' }), context)).age!;
    expect(minor).toMatchObject({ passed: false, detail: 'Born 2008-05-11: 17 years old on 2026-05-10, under 18' });
    expect(byId(runKycChecks(natural({ birthdate: '2008-05-10' }), context)).age!.passed).toBe(true);
  });

  it('fails a birthdate after today or that is no date', () => {
    expect(byId(runKycChecks(natural({ birthdate: '2026-05-11' }), context)).age).toMatchObject({
      passed: false,
      detail: 'Birthdate 2026-05-11 is in the future',
    });
    expect(byId(runKycChecks(natural({ birthdate: '1990-02-30' }), context)).age!.passed).toBe(false);
  });

  it('checks a legal owner’s CNPJ, alphanumeric included, and its representatives instead of an age', () => {
    const checks = runKycChecks(legal({ document_number: ALPHANUMERIC_CNPJ }), context);
    expect(checks.map((c) => c.id)).toEqual(['document', 'representatives_present', 'representatives_valid', 'duplicate_document']);
    expect(checks.every((c) => c.passed)).toBe(true);
    expect(byId(checks).document!.label).toBe('CNPJ check digits');
    expect(byId(runKycChecks(legal({ document_number: '11222333000182' }), context)).document!.passed).toBe(false);
  });

  it('fails a legal owner without representatives on both representative checks', () => {
    const checks = byId(runKycChecks(legal({ legal_representatives: [] }), context));
    expect(checks.representatives_present).toMatchObject({ passed: false, detail: '0 legal representatives' });
    expect(checks.representatives_valid).toMatchObject({ passed: false, detail: 'No legal representative to check' });
  });

  it('names each representative with a bad CPF or under age', () => {
    const checks = byId(
      runKycChecks(
        legal({
          legal_representatives: [
            natural({ name: 'Rita' }),
            natural({ name: 'Beto', document_number: '11111111111' }),
            natural({ name: 'Caio', birthdate: '2010-01-01' }),
          ],
        }),
        context,
      ),
    );
    expect(checks.representatives_present).toMatchObject({ passed: true, detail: '3 legal representatives' });
    expect(checks.representatives_valid!.passed).toBe(false);
    expect(checks.representatives_valid!.detail).toBe(
      'Representative 2 (Beto): CPF 11111111111 fails its check digits. ' +
        'Representative 3 (Caio): Born 2010-01-01: 16 years old on 2026-05-10, under 18',
    );
  });

  it('flags a document already active on other wallets, as the caller counted them', () => {
    expect(byId(runKycChecks(natural(), { ...context, activeWalletsWithDocument: 1 })).duplicate_document).toMatchObject({
      passed: false,
      detail: '1 active credit wallet already has this document',
    });
    expect(byId(runKycChecks(legal(), { ...context, activeWalletsWithDocument: 2 })).duplicate_document!.detail).toBe(
      '2 active credit wallets already have this document',
    );
  });
});
