import { AppError } from '@/lib/errors/app-error';
import type { OAUTH_ERROR_CODES } from './schemas';

type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

/**
 * Token endpoint errors (RFC 6749 §5.2). They are AppErrors like any other, with the RFC's code;
 * the token route serializes them as `{error, error_description}`.
 */
function oauthError(status: number, code: OAuthErrorCode, message: string, translation: string, headers?: Record<string, string>) {
  return new AppError({ status, code, message, translation, headers });
}

export const oauthErrors = {
  invalidRequest: (message: string) => oauthError(400, 'invalid_request', message, 'Requisição de token inválida'),
  unsupportedGrantType: () =>
    oauthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported', 'Apenas grant_type=client_credentials é aceito'),
  invalidScope: (scopes: string[]) =>
    oauthError(400, 'invalid_scope', `The client may not request: ${scopes.join(' ')}`, `O cliente não pode solicitar: ${scopes.join(' ')}`),
  invalidClient: () =>
    oauthError(401, 'invalid_client', 'Client authentication failed', 'Falha na autenticação do cliente', {
      'WWW-Authenticate': 'Basic realm="wallet-platform", charset="UTF-8"',
    }),
  accountSuspended: () =>
    oauthError(401, 'invalid_client', 'The account of this client is suspended', 'A conta deste cliente está suspensa', {
      'WWW-Authenticate': 'Basic realm="wallet-platform", charset="UTF-8"',
    }),
  tooManyAttempts: (retryAfterSeconds: number) =>
    oauthError(
      429,
      'too_many_requests',
      `Too many failed attempts; retry after ${retryAfterSeconds} seconds`,
      `Muitas tentativas malsucedidas; tente novamente em ${retryAfterSeconds} segundos`,
      { 'Retry-After': String(retryAfterSeconds) },
    ),
};
