import { AppError, type FieldProblem } from './app-error';

/** Errors every door can raise. Domain errors (CIN…, errors.wallet.…) live beside their services. */
export const commonErrors = {
  validation: (fields: readonly FieldProblem[]) =>
    new AppError({
      status: 400,
      code: 'validation_error',
      message: fields.length
        ? `Missing or invalid fields: ${fields.map((f) => f.field).join(', ')}`
        : 'Missing or invalid fields',
      translation: fields.length
        ? `Campos ausentes ou inválidos: ${fields.map((f) => f.field).join(', ')}`
        : 'Campos ausentes ou inválidos',
      problems: fields,
    }),
  invalidJson: () =>
    new AppError({
      status: 400,
      code: 'invalid_json',
      error: 'validation_error',
      message: 'The request body is not valid JSON',
      translation: 'O corpo da requisição não é um JSON válido',
    }),
  unauthorized: (message = 'Invalid or expired Bearer token') =>
    new AppError({
      status: 401,
      code: 'unauthorized',
      message,
      translation: 'Token Bearer inválido ou expirado',
    }),
  forbidden: (message: string, translation: string, details?: Record<string, unknown>) =>
    new AppError({ status: 403, code: 'forbidden', message, translation, details }),
  notFound: (message: string, translation: string) =>
    new AppError({ status: 404, code: 'not_found', message, translation }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new AppError({
      status: 429,
      code: 'too_many_requests',
      message: `Too many requests; retry after ${retryAfterSeconds} seconds`,
      translation: `Muitas requisições; tente novamente em ${retryAfterSeconds} segundos`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
  /** The database is down or restarting: retry shortly. */
  unavailable: (retryAfterSeconds: number) =>
    new AppError({
      status: 503,
      code: 'service_unavailable',
      message: `Temporarily unavailable; retry after ${retryAfterSeconds} seconds`,
      translation: `Temporariamente indisponível; tente novamente em ${retryAfterSeconds} segundos`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
  internal: (requestId: string) =>
    new AppError({
      status: 500,
      code: 'internal_error',
      message: `Unexpected error; quote request id ${requestId} when contacting support`,
      translation: `Erro inesperado; informe o id de requisição ${requestId} ao suporte`,
      details: { request_id: requestId },
    }),
};
