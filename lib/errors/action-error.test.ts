import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { commonErrors } from './common';
import { invalidFormInput, toActionError, UNEXPECTED_ACTION_ERROR } from './action-error';

describe('form errors', () => {
  it('puts each problem of an expected error on its field and keeps its message for the form', () => {
    const error = new AppError({
      status: 400,
      code: 'CIN000002',
      message: 'Invalid signer document number',
      translation: 'Número do documento do signatário inválido',
      problems: [
        { field: 'owner.legal_representatives.0.document_number', issue: 'Invalid CPF' },
        { field: 'owner.legal_representatives.2.document_number', issue: 'Invalid CPF' },
      ],
    });
    expect(toActionError(error)).toEqual({
      code: 'CIN000002',
      message: 'Invalid signer document number',
      fields: { 'owner.legal_representatives.0.document_number': 'Invalid CPF', 'owner.legal_representatives.2.document_number': 'Invalid CPF' },
    });
  });

  it('shows an expected error without problems as a form-level message only', () => {
    expect(toActionError(commonErrors.notFound('Wallet not found', 'Carteira não encontrada'))).toEqual({ code: 'not_found', message: 'Wallet not found', fields: {} });
  });

  it('hides anything unexpected behind one generic message: a crash, or an AppError of ours (5xx)', () => {
    expect(toActionError(new Error('relation "wallet" does not exist'))).toEqual(UNEXPECTED_ACTION_ERROR);
    expect(toActionError(commonErrors.internal('req-1'))).toEqual(UNEXPECTED_ACTION_ERROR);
    expect(UNEXPECTED_ACTION_ERROR.message).not.toContain('req-1');
  });

  it('marks every field of a schema failure', () => {
    expect(invalidFormInput([{ field: 'name', issue: 'Required' }])).toEqual({ code: 'validation_error', message: 'Check the highlighted fields', fields: { name: 'Required' } });
  });
});
