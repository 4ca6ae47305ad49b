import 'server-only';
import { requireUser } from '@/lib/auth/session';
import { callerFromUser, type Caller } from '@/lib/auth/caller';
import { getDb, type Db } from '@/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { fieldProblems } from '@/lib/errors/dialects';
import { logger } from '@/lib/logger';
import type { ZodType, z } from 'zod';

/**
 * What a server action answers a form: the data, or an error the form can show: a message and,
 * for validation failures, the message of each bad field keyed by its path (`owner.name`).
 */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; fields: Record<string, string> } };

/**
 * The server-action door: requires a signed-in user, parses the input with the same zod schema
 * the API uses, runs one service, and turns failures into form errors instead of crashes.
 */
export async function runAction<S extends ZodType, T>(
  schema: S,
  input: unknown,
  service: (ctx: { db: Db; caller: Caller; input: z.output<S> }) => Promise<T>,
): Promise<ActionResult<T>> {
  const user = await requireUser();
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(fieldProblems(parsed.error).map((p) => [p.field, p.message]));
    return { ok: false, error: { code: 'validation_error', message: 'Check the highlighted fields', fields } };
  }
  try {
    return { ok: true, data: await service({ db: await getDb(), caller: callerFromUser(user), input: parsed.data }) };
  } catch (error) {
    if (isAppError(error)) {
      const fields = (error.details.fields as { field: string; message: string }[] | undefined) ?? [];
      return {
        ok: false,
        error: { code: error.code, message: error.message, fields: Object.fromEntries(fields.map((f) => [f.field, f.message])) },
      };
    }
    logger.error({ err: error }, 'server action failed');
    return { ok: false, error: { code: 'internal_error', message: 'Something went wrong on our side; try again', fields: {} } };
  }
}
