import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from './app-error';
import { errorCodeOf, fieldProblems, serializeError, toA55Body, toA55ChargeBody, toQiBody, validationError } from './dialects';

const conflict = new AppError({
  status: 409,
  code: 'errors.wallet.already_exists',
  error: 'validation_error',
  message: 'Wallet already exists for this merchant and currency',
  translation: 'Já existe uma carteira para este lojista e moeda',
});

describe('error dialects', () => {
  it('serializes the A55 shape of seed 001', () => {
    expect(serializeError('a55', conflict)).toEqual({
      error: 'validation_error',
      message: 'Wallet already exists for this merchant and currency',
      code: 'errors.wallet.already_exists',
    });
  });

  it('serializes the QI shape of seeds 002/004 with the reason phrase as title', () => {
    expect(serializeError('qi', conflict)).toEqual({
      title: 'Conflict',
      description: 'Wallet already exists for this merchant and currency',
      translation: 'Já existe uma carteira para este lojista e moeda',
      code: 'errors.wallet.already_exists',
      extra_fields: {},
    });
  });

  it('turns a schema failure into each dialect naming every bad field', () => {
    const schema = z.object({ currency: z.enum(['BRL']), owner: z.object({ name: z.string() }) });
    const parsed = schema.safeParse({ currency: 'EUR', owner: {} });
    expect(parsed.success).toBe(false);
    const problems = fieldProblems(parsed.error!);

    const a55 = toA55Body(validationError('a55', problems));
    expect(a55).toMatchObject({ error: 'validation_error', code: 'validation_error' });
    expect(a55.message).toContain('currency');
    expect(a55.message).toContain('owner.name');

    const qi = toQiBody(validationError('qi', problems));
    expect(qi).toMatchObject({ title: 'Bad Request', code: 'QIT000001', description: 'Schema Error', translation: 'Schema Inválido' });
    expect(Object.keys(qi.extra_fields)).toEqual(['currency', 'owner.name']);
  });

  it('renders a domain rule\'s typed problems in each dialect, beside its other details', () => {
    const signer = new AppError({
      status: 400,
      code: 'CIN000002',
      message: 'Invalid signer document number',
      translation: 'Número do documento do signatário inválido',
      problems: [{ field: 'owner.legal_representatives.1.document_number', issue: 'Invalid CPF', translation: 'CPF inválido' }],
      details: { hint: 'check digits' },
    });
    expect(toA55Body(signer).details).toEqual({
      hint: 'check digits',
      fields: [{ field: 'owner.legal_representatives.1.document_number', message: 'Invalid CPF' }],
    });
    expect(toQiBody(signer).extra_fields).toEqual({ hint: 'check digits', 'owner.legal_representatives.1.document_number': 'Invalid CPF' });
  });

  it('leaves A55 details out and QI extra_fields empty when an error has neither problems nor details', () => {
    expect(toA55Body(conflict)).not.toHaveProperty('details');
    expect(toQiBody(conflict).extra_fields).toEqual({});
  });
});

describe('the A55 charge dialect', () => {
  it('answers {charge_uuid, status: "error", message: [{code, source, description}]}', () => {
    const declined = new AppError({
      status: 422,
      code: 'INVALID_CARD',
      message: 'The card number is not valid',
      translation: 'O número do cartão não é válido',
      details: { charge_uuid: 'c-1', source: 'acquirer' },
    });
    expect(serializeError('a55_charge', declined)).toEqual({
      charge_uuid: 'c-1',
      status: 'error',
      message: [{ code: 'INVALID_CARD', source: 'acquirer', description: 'The card number is not valid' }],
    });
    expect(errorCodeOf('a55_charge', serializeError('a55_charge', declined))).toBe('INVALID_CARD');
  });

  it('names each bad field in its own message, with no charge', () => {
    const body = toA55ChargeBody(validationError('a55_charge', [{ field: 'installment_count', issue: 'installment_count must be an integer' }]));
    expect(body).toEqual({
      charge_uuid: null,
      status: 'error',
      message: [{ code: 'validation_error', source: 'charge', description: 'installment_count must be an integer', field: 'installment_count' }],
    });
  });
});
