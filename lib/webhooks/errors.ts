import { AppError } from '@/lib/errors/app-error';
import { commonErrors } from '@/lib/errors/common';

/**
 * Webhook management errors in A55 terms. Another account's endpoint or delivery answers exactly
 * like a missing one, so ids cannot be probed.
 */
export const webhookErrors = {
  endpointNotFound: () =>
    new AppError({
      status: 404,
      code: 'errors.webhook_endpoint.not_found',
      error: 'not_found',
      message: 'Webhook endpoint not found',
      translation: 'Endpoint de webhook não encontrado',
    }),
  deliveryNotFound: () =>
    new AppError({
      status: 404,
      code: 'errors.webhook_delivery.not_found',
      error: 'not_found',
      message: 'Webhook delivery not found',
      translation: 'Entrega de webhook não encontrada',
    }),
  endpointDisabled: () =>
    new AppError({
      status: 409,
      code: 'errors.webhook_endpoint.disabled',
      error: 'validation_error',
      message: 'The endpoint is disabled; enable it before sending deliveries to it again',
      translation: 'O endpoint está desativado; ative-o antes de reenviar entregas para ele',
    }),
  httpsRequired: () => commonErrors.validation([{ field: 'url', issue: 'Use an https:// URL: production deliveries are sent only over TLS' }]),
  // Endpoints receive every wallet's events, so only account-level callers manage or read them.
  accountLevelOnly: () =>
    commonErrors.forbidden(
      'Wallet-level credentials cannot manage webhooks; use account credentials',
      'Credenciais de carteira não podem gerenciar webhooks; use credenciais da conta',
    ),
};
