import 'server-only';
import { requireUser } from '@/lib/auth/session';
import { callerFromUser, type Caller } from '@/lib/auth/caller';
import { getDb, type Db } from '@/db/client';
import { isExpectedError } from '@/lib/errors/app-error';
import { fieldProblems } from '@/lib/errors/dialects';
import { invalidFormInput, toActionError, type ActionError } from '@/lib/errors/action-error';
import { logger } from '@/lib/logger';
import type { ZodType, z } from 'zod';

/**
 * What a server action answers a form: the data, or an error the form can show: a message and
 * the message of each bad field keyed by its path (`owner.name`), from a schema failure or from a
 * domain rule's typed problems.
 */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

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
  if (!parsed.success) return { ok: false, error: invalidFormInput(fieldProblems(parsed.error)) };
  try {
    return { ok: true, data: await service({ db: await getDb(), caller: callerFromUser(user), input: parsed.data }) };
  } catch (error) {
    if (!isExpectedError(error)) logger.error({ err: error }, 'server action failed');
    return { ok: false, error: toActionError(error) };
  }
}
