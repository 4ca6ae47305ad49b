import type { LosslessNumber } from 'lossless-json';
import { z } from 'zod';
import type { Scope } from '@/lib/api/scopes';
import { isLosslessNumber } from '@/lib/http/json';

/**
 * Building blocks of the document (see ./register-operation.ts), so every operation describes
 * security, idempotency and errors the same way. Schemas carry their component name in `.meta`.
 */

export const A55ErrorSchema = z
  .object({
    error: z.string().meta({ description: 'Error category', example: 'validation_error' }),
    message: z.string().meta({ description: 'English explanation', example: 'Missing or invalid fields: currency' }),
    code: z.string().meta({ description: 'Machine-readable code', example: 'validation_error' }),
    details: z.record(z.string(), z.unknown()).optional().meta({ description: 'Structured context (bad fields, missing scope…)' }),
  })
  .meta({ id: 'A55Error', description: 'Error body of the A55 route family (`/api/v1/…` outside `/credit`)' });

export const A55ChargeErrorSchema = z
  .object({
    charge_uuid: z.uuid().nullable().meta({ description: 'The charge the error is about; null when none was created' }),
    status: z.literal('error'),
    message: z
      .array(
        z.object({
          code: z.string().meta({ description: 'Reference A.10 code, or `validation_error` for a bad field', example: 'INVALID_CARD' }),
          source: z.enum(['acquirer', 'charge']),
          description: z.string(),
          field: z.string().optional().meta({ description: 'The field at fault, for a bad field' }),
        }),
      )
      .min(1),
  })
  .meta({ id: 'A55ChargeError', description: 'Error body of the A55 charge routes (reference A.0, A.10)' });

export const QiErrorSchema = z
  .object({
    title: z.string().meta({ description: 'HTTP reason phrase', example: 'Bad Request' }),
    description: z.string().meta({ description: 'English explanation', example: 'Schema Error' }),
    translation: z.string().meta({ description: 'Portuguese explanation', example: 'Schema Inválido' }),
    code: z.string().meta({ description: 'Machine-readable code', example: 'QIT000001' }),
    extra_fields: z.record(z.string(), z.unknown()).meta({ description: 'Bad fields or other context' }),
  })
  .meta({ id: 'QiError', description: 'Error body of the QI credit family (`/api/v1/credit/…`)' });

/** What each error status means, before the codes an operation lists for it. */
export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid JSON or a body, query or path that fails validation (nothing was changed)',
  401: 'Missing, malformed, expired or revoked Bearer token',
  403: 'The token lacks the required scope, or a wallet-level client reached for another wallet',
  404: 'Not found in the caller’s account',
  409: 'State conflict, or an `Idempotency-Key` reused with a different request or still in progress',
  422: 'Well-formed but not acceptable (invalid document, unsupported currency…)',
  429: 'Too many requests; see `Retry-After`',
  500: 'Unexpected error; the body carries a request id to quote to support',
  503: 'The database is unreachable for a moment; retry after `Retry-After` seconds, with the same `Idempotency-Key` for a write',
};

/** A route needing `scope`: an OAuth2 client-credentials token carrying it (or the same token as a plain Bearer). */
export function security(scope: Scope | null): Record<string, string[]>[] {
  return [{ oauth2: scope ? [scope] : [] }, { bearerAuth: [] }];
}

/** The header every write route accepts (see `lib/idempotency`). */
export const idempotencyHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(255)
    .optional()
    .meta({
      description:
        'Makes the write safe to retry for 24 hours: the same key with the same request replays the first answer ' +
        '(with `Idempotent-Replayed: true`); with a different request it is a 409. UUID v4 recommended.',
      example: '7f1e9a52-3c1b-4c9e-9d0f-2a6a1d9f2b11',
    }),
});

/**
 * An exact decimal JSON number: a LosslessNumber on the way out (`5000.00` keeps its digits), a
 * plain number once a client has parsed it. Documented as a number.
 */
export function exactDecimal(meta: { description: string; example?: number }) {
  return z.custom<number | LosslessNumber>((value) => typeof value === 'number' || isLosslessNumber(value)).meta({ type: 'number', ...meta } as never);
}

/**
 * The same object schema with documentation on some of its fields: it parses exactly as before
 * (`.meta` adds no checks), so a path or query is documented from the very schema that parses it.
 */
export function documented<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  fields: { [K in keyof Shape]?: { description: string; example?: unknown } },
): z.ZodObject<Shape> {
  const described = Object.fromEntries(
    Object.entries(fields).map(([name, meta]) => {
      const field = schema.shape[name] as unknown as z.ZodType;
      return [name, field.meta(meta!)];
    }),
  );
  return schema.extend(described) as unknown as z.ZodObject<Shape>;
}
