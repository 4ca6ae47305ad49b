import type { ZodError } from 'zod';
import { AppError, type FieldProblem } from './app-error';
import { commonErrors } from './common';

/**
 * The wire dialects of error bodies. A route declares its dialect; the door serializes every
 * AppError through it so a client of either provider sees the shapes it already parses. A55's
 * charge routes answer in their own shape (reference A.0), not in the wallet routes' one.
 */
export type Dialect = 'a55' | 'a55_charge' | 'qi';

/**
 * A55: `{error, message, code}` (seed 001), plus details when there are any; the fields at fault
 * go in `details.fields` as `{field, message}`.
 */
export function toA55Body(err: AppError) {
  const details = err.problems.length
    ? { ...err.details, fields: err.problems.map((problem) => ({ field: problem.field, message: problem.issue })) }
    : err.details;
  return {
    error: err.error,
    message: err.message,
    code: err.code,
    ...(Object.keys(details).length ? { details } : {}),
  };
}

/** QI: `{title, description, translation, code, extra_fields}` (seeds 002, 004); each field at fault is `{field: message}` there. */
export function toQiBody(err: AppError) {
  return {
    title: err.title,
    description: err.message,
    translation: err.translation,
    code: err.code,
    extra_fields: { ...err.details, ...Object.fromEntries(err.problems.map((problem) => [problem.field, problem.issue])) } as Record<string, unknown>,
  };
}

/**
 * A55 charges: `{charge_uuid, status: "error", message: [{code, source, description}]}` with
 * reference A.10's codes. `charge_uuid` is the charge the error is about (null when none was
 * created); each field at fault is one message naming its `field`.
 */
export function toA55ChargeBody(err: AppError) {
  const chargeUuid = typeof err.details.charge_uuid === 'string' ? err.details.charge_uuid : null;
  const source = err.details.source === 'acquirer' ? 'acquirer' : 'charge';
  const message = err.problems.length
    ? err.problems.map((problem) => ({ code: err.code, source, description: problem.issue, field: problem.field }))
    : [{ code: err.code, source, description: err.message }];
  return { charge_uuid: chargeUuid, status: 'error' as const, message };
}

export function serializeError(dialect: Dialect, err: AppError) {
  if (dialect === 'qi') return toQiBody(err);
  return dialect === 'a55_charge' ? toA55ChargeBody(err) : toA55Body(err);
}

/** The machine-readable code of an error body of the dialect, as a client reads it. */
export function errorCodeOf(dialect: Dialect | 'oauth', body: unknown): unknown {
  if (!body || typeof body !== 'object') return undefined;
  if (dialect === 'oauth') return (body as { error?: unknown }).error;
  if (dialect === 'a55_charge') return (body as { message?: { code?: unknown }[] }).message?.[0]?.code;
  return (body as { code?: unknown }).code;
}

export function fieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    issue: issue.message,
  }));
}

/**
 * A schema failure in the route's dialect: A55 answers `validation_error` naming the fields;
 * QI answers `QIT000001` "Schema Error" with every bad field in `extra_fields`.
 */
export function validationError(dialect: Dialect, problems: readonly FieldProblem[]): AppError {
  if (dialect !== 'qi') return commonErrors.validation(problems);
  return new AppError({
    status: 400,
    code: 'QIT000001',
    title: 'Bad Request',
    message: 'Schema Error',
    translation: 'Schema Inválido',
    problems,
  });
}
