import type { ZodError } from 'zod';
import { AppError } from './app-error';
import { commonErrors, type FieldProblem } from './common';

/**
 * The two wire dialects of error bodies. A route declares its dialect; the door serializes every
 * AppError through it so a client of either provider sees the shapes it already parses.
 */
export type Dialect = 'a55' | 'qi';

/** A55: `{error, message, code}` (seed 001), plus details when there are any. */
export function toA55Body(err: AppError) {
  return {
    error: err.error,
    message: err.message,
    code: err.code,
    ...(Object.keys(err.details).length ? { details: err.details } : {}),
  };
}

/** QI: `{title, description, translation, code, extra_fields}` (seeds 002, 004). */
export function toQiBody(err: AppError) {
  return {
    title: err.title,
    description: err.message,
    translation: err.translation,
    code: err.code,
    extra_fields: err.details,
  };
}

export function serializeError(dialect: Dialect, err: AppError) {
  return dialect === 'qi' ? toQiBody(err) : toA55Body(err);
}

export function fieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
}

/**
 * A schema failure in the route's dialect: A55 answers `validation_error` naming the fields;
 * QI answers `QIT000001` "Schema Error" with every bad field in `extra_fields`.
 */
export function validationError(dialect: Dialect, problems: FieldProblem[]): AppError {
  if (dialect === 'a55') return commonErrors.validation(problems);
  return new AppError({
    status: 400,
    code: 'QIT000001',
    title: 'Bad Request',
    message: 'Schema Error',
    translation: 'Schema Inválido',
    details: Object.fromEntries(problems.map((p) => [p.field, p.message])),
  });
}
