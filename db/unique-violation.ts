/**
 * True when `error` (or its cause: drizzle wraps driver errors in DrizzleQueryError) is
 * PostgreSQL's unique_violation on the named constraint or index.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return isConstraintViolation(error, '23505', constraint);
}

/** True when `error` is PostgreSQL's check_violation on the named CHECK constraint. */
export function isCheckViolation(error: unknown, constraint: string): boolean {
  return isConstraintViolation(error, '23514', constraint);
}

// postgres.js names the constraint `constraint_name`, PGlite `constraint`.
function isConstraintViolation(error: unknown, sqlState: string, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = e as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (candidate.code === sqlState && (candidate.constraint_name ?? candidate.constraint) === constraint) return true;
  }
  return false;
}

