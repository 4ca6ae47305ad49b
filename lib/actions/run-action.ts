import 'server-only';
import { requireUser } from '@/lib/auth/session';
import { callerFromUser, type Caller } from '@/lib/auth/caller';
import { getDb, type DbOrTx } from '@/db/client';
import type { UserRole } from '@/db/schema';
import { grants, type ActionAccess } from '@/lib/access/permissions';
import { commonErrors } from '@/lib/errors/common';
import { invalidFormInput, toActionError, type ActionError } from '@/lib/errors/action-error';
import { isAppError, isExpectedError } from '@/lib/errors/app-error';
import { fieldProblems } from '@/lib/errors/dialects';
import { stringifyJson } from '@/lib/http/json';
import { NUL_CHARACTER_MESSAGE, nulCharacterPath } from '@/lib/http/nul-character';
import { runOnce, type AnswerCodec } from '@/lib/idempotency/guard';
import { IDEMPOTENCY_KEY_RULE, isIdempotencyKey } from '@/lib/idempotency/key';
import { redactSecrets } from '@/lib/idempotency/redact';
import { requestHash } from '@/lib/idempotency/request-hash';
import { localizeActionError } from '@/lib/i18n/action-errors';
import { userLocale } from '@/lib/i18n/request-preferences';
import { logger } from '@/lib/logger';
import type { ZodType, z } from 'zod';

/**
 * What a server action answers a form: the data, or an error the form can show: a message and
 * the message of each bad field keyed by its path (`owner.name`), from a schema failure or from a
 * domain rule's typed problems.
 * `replayed` marks the stored result of an earlier submit with the same idempotency key: the
 * same data, except that secrets shown once are null.
 */
export type ActionResult<T> =
  | { ok: true; data: T; replayed?: true }
  | { ok: false; error: ActionError };

export interface ActionOptions {
  /**
   * For actions that create things: the form's key for this submit attempt (see `useSubmitOnce`)
   * and a stable name of the action. The action then runs at most once per key and account, in one
   * transaction with its stored result, exactly as an API write with an Idempotency-Key does.
   */
  idempotency?: { action: string; key: unknown };
}

export interface ActionContext<I> {
  db: DbOrTx;
  caller: Caller;
  /** The caller's role as the database has it now. */
  role: UserRole;
  input: I;
}

/**
 * The server-action door: requires a signed-in user whose role grants the access (checked here,
 * on the server, before anything is parsed: a hidden button's forged request gets a 403 and
 * changes nothing), parses the input with the same zod schema the API uses, runs one service, and
 * turns failures into form errors instead of crashes.
 */
export async function runAction<S extends ZodType, T>(
  access: ActionAccess,
  schema: S,
  input: unknown,
  service: (ctx: ActionContext<z.output<S>>) => Promise<T>,
  options: ActionOptions = {},
): Promise<ActionResult<T>> {
  const user = await requireUser();
  const { result, cause } = grants(access, user.role)
    ? await runParsed(user, schema, input, service, options)
    : { result: { ok: false as const, error: toActionError(notAllowed()) }, cause: notAllowed() };
  if (result.ok) return result;
  // Translated after the service's transaction has closed: the reader's language is one more query.
  return { ok: false, error: localizeActionError(result.error, cause, await userLocale(await getDb(), user.id)) };
}

const notAllowed = () => commonErrors.forbidden('Your role does not allow this', 'Seu papel não permite isto');

async function runParsed<S extends ZodType, T>(
  user: Awaited<ReturnType<typeof requireUser>>,
  schema: S,
  input: unknown,
  service: (ctx: ActionContext<z.output<S>>) => Promise<T>,
  options: ActionOptions,
): Promise<{ result: ActionResult<T>; cause?: unknown }> {
  const nul = nulCharacterPath(input);
  if (nul) return { result: { ok: false, error: invalidFormInput([{ field: nul, issue: NUL_CHARACTER_MESSAGE }]) } };
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { result: { ok: false, error: invalidFormInput(fieldProblems(parsed.error)) } };
  const caller = callerFromUser(user);
  const db = await getDb();
  const attempt = (handlerDb: DbOrTx) => settle(() => service({ db: handlerDb, caller, role: user.role, input: parsed.data }));
  const idempotency = options.idempotency;
  if (idempotency?.key === undefined) return attempt(db);

  if (!isIdempotencyKey(idempotency.key)) {
    return { result: { ok: false, error: { code: 'validation_error', message: `Idempotency key: ${IDEMPOTENCY_KEY_RULE}`, fields: {} } } };
  }
  const request = {
    entityUuid: caller.entityUuid,
    key: idempotency.key,
    method: 'ACTION',
    path: idempotency.action,
    requestHash: requestHash('ACTION', idempotency.action, stringifyJson(input)),
  };
  try {
    return await runOnce(db, request, attempt, settledCodec<T>());
  } catch (error) {
    // DUPLICATE_REQUEST or REQUEST_IN_PROGRESS, or the store itself failing (nothing was kept).
    return failed(error);
  }
}

/** A service's outcome with the status an API door would answer it with, which decides what is kept. */
interface Settled<T> {
  status: number;
  result: ActionResult<T>;
  /** What was thrown, for the translation of its message (never stored: a replay has none). */
  cause?: unknown;
}

async function settle<T>(run: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { status: 200, result: { ok: true, data: await run() } };
  } catch (error) {
    return failed(error);
  }
}

/** A failure as a form error: an expected one as itself (its problems on their fields), anything else logged and hidden. */
function failed(error: unknown): Settled<never> {
  if (!isExpectedError(error)) logger.error({ err: error }, 'server action failed');
  return { status: isAppError(error) ? error.status : 500, result: { ok: false, error: toActionError(error) }, cause: error };
}

// Action results are plain JSON (they cross to the browser), so they are kept as JSON text.
function settledCodec<T>(): AnswerCodec<Settled<T>> {
  return {
    status: (settled) => settled.status,
    toStored: (settled) => ({ status: settled.status, body: redactSecrets(stringifyJson(settled.result)), headers: {} }),
    fromStored: (stored) => {
      const result = JSON.parse(stored.body) as ActionResult<T>;
      return { status: stored.status, result: result.ok ? { ...result, replayed: true } : result };
    },
  };
}
