/**
 * True when `error` (or its cause: drizzle wraps driver errors in DrizzleQueryError) is
 * PostgreSQL's unique_violation on the named constraint or index. postgres.js names it
 * `constraint_name`, PGlite `constraint`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = e as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
    if (candidate.code === '23505' && (candidate.constraint_name ?? candidate.constraint) === constraint) return true;
  }
  return false;
}
