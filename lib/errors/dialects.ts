import type { ZodError } from 'zod';
import { AppError, type FieldProblem } from './app-error';
import { commonErrors } from './common';

/**
 * The two wire dialects of error bodies. A route declares its dialect; the door serializes every
 * AppError through it so a client of either provider sees the shapes it already parses.
 */
export type Dialect = 'a55' | 'qi';

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

export function serializeError(dialect: Dialect, err: AppError) {
  return dialect === 'qi' ? toQiBody(err) : toA55Body(err);
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
  if (dialect === 'a55') return commonErrors.validation(problems);
  return new AppError({
    status: 400,
    code: 'QIT000001',
    title: 'Bad Request',
    message: 'Schema Error',
    translation: 'Schema Inválido',
    problems,
  });
}
