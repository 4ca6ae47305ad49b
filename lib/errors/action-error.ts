import { isExpectedError, type FieldProblem } from './app-error';

/**
 * The server-action dialect: what a form shows. `message` is the form-level error; `fields` holds
 * the message of each bad field keyed by its path in the form's values (`owner.name`), for
 * react-hook-form's `setError`.
 */
export interface ActionError {
  code: string;
  message: string;
  fields: Record<string, string>;
}

export const UNEXPECTED_ACTION_ERROR: ActionError = {
  code: 'internal_error',
  message: 'Something went wrong on our side; try again',
  fields: {},
};

export function formFields(problems: readonly FieldProblem[]): Record<string, string> {
  return Object.fromEntries(problems.map((problem) => [problem.field, problem.issue]));
}

/** A schema failure: every bad field marked, and a message pointing at them. */
export function invalidFormInput(problems: readonly FieldProblem[]): ActionError {
  return { code: 'validation_error', message: 'Check the highlighted fields', fields: formFields(problems) };
}

/**
 * An error thrown by a service, for the form: an expected one as it is, its problems on their
 * fields; anything else as a generic message (the caller logs the real one: it may name internals).
 */
export function toActionError(error: unknown): ActionError {
  if (!isExpectedError(error)) return UNEXPECTED_ACTION_ERROR;
  return { code: error.code, message: error.message, fields: formFields(error.problems) };
}
