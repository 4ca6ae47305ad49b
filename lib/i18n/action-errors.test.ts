import { describe, expect, it } from 'vitest';
import { invalidFormInput, toActionError, UNEXPECTED_ACTION_ERROR } from '@/lib/errors/action-error';
import { AppError } from '@/lib/errors/app-error';
import { localizeActionError } from './action-errors';

const signerError = new AppError({
  status: 400,
  code: 'CIN000002',
  message: 'Invalid signer document number',
  translation: 'Número do documento do signatário inválido',
  problems: [{ field: 'owner.document_number', issue: 'Invalid CPF', translation: 'CPF inválido' }],
});

describe('localizeActionError', () => {
  it('shows Portuguese readers the translation every AppError carries, on the form and its fields', () => {
    expect(localizeActionError(toActionError(signerError), signerError, 'pt-BR')).toEqual({
      code: 'CIN000002',
      message: 'Número do documento do signatário inválido',
      fields: { 'owner.document_number': 'CPF inválido' },
    });
  });

  it('leaves English as the error says it', () => {
    expect(localizeActionError(toActionError(signerError), signerError, 'en')).toEqual(toActionError(signerError));
  });

  it('translates the door\'s own messages by code, and keeps English where no Spanish exists', () => {
    expect(localizeActionError(UNEXPECTED_ACTION_ERROR, new Error('boom'), 'es-MX').message).toBe('Algo salió mal de nuestro lado; inténtalo de nuevo');
    expect(localizeActionError(invalidFormInput([]), null, 'pt-BR').message).toBe('Verifique os campos destacados');
    const uncatalogued = new AppError({ status: 409, code: 'NOT_IN_THE_CATALOGUE', message: 'Something new', translation: 'Algo novo' });
    expect(localizeActionError(toActionError(uncatalogued), uncatalogued, 'es-MX').message).toBe('Something new');
  });

  it('gives Spanish readers the catalogue\'s message for a domain code, a dotted one included', () => {
    expect(localizeActionError(toActionError(signerError), signerError, 'es-MX').message).toBe('Número de documento del firmante inválido');
    const disabled = new AppError({ status: 409, code: 'errors.webhook_endpoint.disabled', message: 'The endpoint is disabled', translation: 'O endpoint está desativado' });
    expect(localizeActionError(toActionError(disabled), disabled, 'es-MX').message).toBe('El endpoint está desactivado; actívalo antes de volver a enviarle entregas');
  });
});
