/**
 * The one error type of the platform. Services throw it; each door (A55 routes, QI routes,
 * server actions) serializes it in its own dialect. Anything else that escapes is a bug (500).
 */
export type ErrorDetails = Record<string, unknown>;

/**
 * One bad field, named by its dotted path in the caller's own body
 * (`owner.legal_representatives.0.document_number`), with what is wrong in English and, when we
 * have it, in Portuguese. Every door renders these: A55 `details.fields`, QI `extra_fields`, and
 * the form field a server action highlights.
 */
export interface FieldProblem {
  field: string;
  issue: string;
  translation?: string;
}

export interface AppErrorInit {
  status: number;
  /** Machine-readable code: `validation_error`, `errors.wallet.already_exists`, `CIN000043` … */
  code: string;
  /** English message. */
  message: string;
  /** Portuguese translation of the message. */
  translation: string;
  /** A55's `error` category; defaults to the code. */
  error?: string;
  /** QI's `title`; defaults to the HTTP reason phrase of the status. */
  title?: string;
  /** The fields at fault, when the error is about the caller's input. */
  problems?: readonly FieldProblem[];
  /** Other structured context: missing scope, the conflicting decision… (QI `extra_fields`). */
  details?: ErrorDetails;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string>;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  readonly code: string;
  readonly translation: string;
  readonly error: string;
  readonly title: string;
  readonly problems: readonly FieldProblem[];
  readonly details: ErrorDetails;
  readonly headers: Record<string, string>;

  constructor(init: AppErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.translation = init.translation;
    this.error = init.error ?? init.code;
    this.title = init.title ?? reasonPhrase(init.status);
    this.problems = init.problems ?? [];
    this.details = init.details ?? {};
    this.headers = init.headers ?? {};
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/**
 * An error the caller can act on (bad input, a conflict, something missing): shown as it is.
 * Anything else is ours to fix: logged, and hidden behind a generic message.
 */
export function isExpectedError(value: unknown): value is AppError {
  return isAppError(value) && value.status < 500;
}

const REASON_PHRASES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASON_PHRASES[status] ?? 'Error';
}
