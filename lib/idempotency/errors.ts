import { AppError } from '@/lib/errors/app-error';

export const idempotencyErrors = {
  /** A55's code for a reused key (providers-api A.0). */
  keyReused: () =>
    new AppError({
      status: 409,
      code: 'DUPLICATE_REQUEST',
      error: 'conflict',
      message: 'This Idempotency-Key was already used with a different request',
      translation: 'Esta Idempotency-Key já foi usada com outra requisição',
    }),
  inProgress: () =>
    new AppError({
      status: 409,
      code: 'REQUEST_IN_PROGRESS',
      error: 'conflict',
      message: 'A request with this Idempotency-Key is still being processed; retry shortly with the same key',
      translation: 'Uma requisição com esta Idempotency-Key ainda está em processamento; tente novamente em instantes com a mesma chave',
      headers: { 'Retry-After': '1' },
    }),
};
