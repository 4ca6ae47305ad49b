import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { idempotencyKey } from '@/db/schema';
import { idempotencyErrors } from './errors';

export interface KeyedRequest {
  entityUuid: string;
  key: string;
  /** Keyed hash of the request (see `requestHash`): the same key with another request is a conflict. */
  requestHash: string;
  method: string;
  path: string;
}

export interface StoredResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export type Claim = { kind: 'claimed' } | { kind: 'replay'; response: StoredResponse };

/** How long a request waits for another one holding its key before answering REQUEST_IN_PROGRESS. */
export const WAIT_FOR_HOLDER_MS = 5_000;

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Claims a key inside the transaction that will carry the request's effect, or finds the answer
 * the key already has. The row goes in first and stays uncommitted while the request runs: a
 * concurrent request with the same key blocks on the primary key until the holder commits (it then
 * replays the stored answer) or rolls back (it then claims the key itself), so of any number of
 * racing requests exactly one runs. The wait is bounded by `lock_timeout`; running out of it is
 * REQUEST_IN_PROGRESS, which the client may retry. A request different from the key's first one is
 * refused (DUPLICATE_REQUEST). A key past its 24 hours is taken over as if new.
 */
export async function claimKey(tx: Tx, request: KeyedRequest, waitMs = WAIT_FOR_HOLDER_MS): Promise<Claim> {
  await tx.execute(sql`select set_config('lock_timeout', ${`${Math.max(1, Math.round(waitMs))}ms`}, true)`);
  let claimed: boolean;
  try {
    claimed = await tryInsert(tx, request);
  } catch (error) {
    if (hasCode(error, LOCK_NOT_AVAILABLE)) throw idempotencyErrors.inProgress();
    throw error;
  }
  // The bound is for the key only: the handler's own row locks wait as they always do.
  await tx.execute(sql`set local lock_timeout to default`);
  if (claimed) return { kind: 'claimed' };

  const [existing] = await tx
    .select()
    .from(idempotencyKey)
    .where(and(eq(idempotencyKey.entityUuid, request.entityUuid), eq(idempotencyKey.key, request.key)));
  if (!existing) throw new Error('idempotency key conflicted but cannot be read');
  if (existing.requestHash !== request.requestHash) throw idempotencyErrors.keyReused();
  // Only a row written before answers were stored in the effect's transaction can lack one.
  if (existing.responseStatus === null) throw idempotencyErrors.inProgress();
  return {
    kind: 'replay',
    response: { status: existing.responseStatus, body: existing.responseBody ?? '', headers: existing.responseHeaders ?? {} },
  };
}

async function tryInsert(tx: Tx, request: KeyedRequest): Promise<boolean> {
  const fresh = {
    requestHash: request.requestHash,
    method: request.method,
    path: request.path,
    expiresAt: sql`now() + interval '24 hours'`,
  };
  const inserted = await tx
    .insert(idempotencyKey)
    .values({ entityUuid: request.entityUuid, key: request.key, ...fresh })
    .onConflictDoUpdate({
      target: [idempotencyKey.entityUuid, idempotencyKey.key],
      set: { ...fresh, responseStatus: null, responseBody: null, responseHeaders: null, createdAt: sql`now()`, completedAt: null },
      setWhere: sql`${idempotencyKey.expiresAt} <= now()`,
    })
    .returning({ key: idempotencyKey.key });
  return inserted.length === 1;
}

/** Stores the answer of a claimed key in the claiming transaction, for every later request to replay. */
export async function storeAnswer(tx: Tx, request: Pick<KeyedRequest, 'entityUuid' | 'key'>, response: StoredResponse): Promise<void> {
  await tx
    .update(idempotencyKey)
    .set({ responseStatus: response.status, responseBody: response.body, responseHeaders: response.headers, completedAt: sql`now()` })
    .where(and(eq(idempotencyKey.entityUuid, request.entityUuid), eq(idempotencyKey.key, request.key)));
}

// drizzle wraps driver errors in DrizzleQueryError; postgres.js and PGlite both carry `code`.
function hasCode(error: unknown, code: string): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === code) return true;
  }
  return false;
}
