import pino from 'pino';
import { logLevel } from './env';
import { serializeError } from './logging/error-serializer';

const REDACTED_PATHS = [
  'password',
  '*.password',
  'client_secret',
  '*.client_secret',
  'card_number',
  '*.card_number',
  'card_cvv',
  '*.card_cvv',
  // An issued card as the issue answer and the issuer's own code hold it.
  'card.number',
  'card.cvv',
  '*.card.number',
  '*.card.cvv',
  'authorization',
  '*.authorization',
  'headers.authorization',
];

/**
 * Structured JSON logs. Secrets and card data are redacted by path wherever they appear, so a
 * careless `log.info({ body })` cannot leak them, and errors (`{ err }`) are logged without the
 * values of a failed query (see `serializeError`). The destination is a parameter for tests.
 */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level: logLevel(),
      base: { service: 'wallet-platform' },
      serializers: { err: serializeError, error: serializeError },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}

export const logger = createLogger();

export type Logger = pino.Logger;

/** A child logger that stamps every line with the request id. */
export function requestLogger(requestId: string): Logger {
  return logger.child({ requestId });
}
