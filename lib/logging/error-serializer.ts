import pino from 'pino';

/**
 * What a logged error may say. Database errors carry the values of the failing statement in three
 * places (drizzle's `params` and its message, postgres.js's `parameters`/`args`, and the server's
 * own `detail`, e.g. `Key (email)=(ana@…) already exists`), and a data exception's message quotes the
 * offending input (`invalid input syntax for type uuid: "…"`). Those values are personal data and
 * will be card data, so a database error is logged by its SQLSTATE and names only: the statement
 * text (placeholders, no values), the code, the constraint, table and column.
 */
export function serializeError(error: unknown): unknown {
  return serialize(error, 0);
}

const MAX_CAUSE_DEPTH = 5;

function serialize(error: unknown, depth: number): unknown {
  if (!(error instanceof Error)) return error;
  const cause = depth < MAX_CAUSE_DEPTH && error.cause !== undefined ? serialize(error.cause, depth + 1) : undefined;
  if (isDrizzleQueryError(error)) {
    return { type: 'DrizzleQueryError', message: 'Failed query', query: error.query, stack: framesOnly(error.stack), cause };
  }
  if (isDatabaseError(error)) {
    const { code, severity, constraint_name, constraint, table_name, table, column_name, column, routine } = error as DatabaseErrorFields;
    return {
      type: error.name,
      // Class 22 (data exception) messages quote the rejected value; the code says enough.
      message: code?.startsWith('22') ? `data exception ${code}` : error.message,
      code,
      severity,
      constraint: constraint_name ?? constraint,
      table: table_name ?? table,
      column: column_name ?? column,
      routine,
      stack: framesOnly(error.stack),
      ...(cause === undefined ? {} : { cause }),
    };
  }
  const plain = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return cause === undefined ? plain : { ...plain, cause };
}

interface DatabaseErrorFields {
  code?: string;
  severity?: string;
  constraint_name?: string;
  constraint?: string;
  table_name?: string;
  table?: string;
  column_name?: string;
  column?: string;
  routine?: string;
}

function isDrizzleQueryError(error: Error): error is Error & { query: string } {
  return error.constructor.name === 'DrizzleQueryError' && typeof (error as { query?: unknown }).query === 'string';
}

/** postgres.js's PostgresError and PGlite's DatabaseError: both carry a SQLSTATE and a severity. */
function isDatabaseError(error: Error): boolean {
  const fields = error as DatabaseErrorFields;
  return typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) && typeof fields.severity === 'string';
}

// A stack opens with the message (several lines for drizzle's, the last one its params), which for
// these errors is what must not be logged: keep only the frames.
function framesOnly(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}
