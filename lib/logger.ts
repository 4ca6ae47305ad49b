import pino from 'pino';
import { env } from './env';

/**
 * Structured JSON logs. Secrets and card data are redacted by path wherever they appear, so a
 * careless `log.info({ body })` cannot leak them.
 */
export const logger = pino({
  level: env().LOG_LEVEL,
  base: { service: 'wallet-platform' },
  redact: {
    paths: [
      'password',
      '*.password',
      'client_secret',
      '*.client_secret',
      'card_number',
      '*.card_number',
      'card_cvv',
      '*.card_cvv',
      'authorization',
      '*.authorization',
      'headers.authorization',
    ],
    censor: '[redacted]',
  },
});

export type Logger = typeof logger;

/** A child logger that stamps every line with the request id. */
export function requestLogger(requestId: string): Logger {
  return logger.child({ requestId });
}
