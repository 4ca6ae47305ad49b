import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { idempotencyKey } from '@/db/schema';
import { idempotencyErrors } from './errors';

export interface KeyedRequest {
  entityUuid: string;
  key: string;
  requestHash: string;
  method: string;
  path: string;
}

export interface StoredResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export type Reservation = { kind: 'reserved' } | { kind: 'replay'; response: StoredResponse };

/** How long a request waits for another one holding its key before answering REQUEST_IN_PROGRESS. */
const WAIT_FOR_WINNER_MS = 5_000;

/**
 * Claims a key for a request, or finds the answer it already has. Exactly one of any number of
 * concurrent requests gets `reserved` (the primary key decides); the others wait for its answer and
 * replay it. A request different from the key's first one is refused at once (DUPLICATE_REQUEST);
 * a key whose request outlasts the wait is refused as REQUEST_IN_PROGRESS, which the client may retry.
 * A key past its 24 hours is taken over as if new.
 */
export async function reserveKey(db: Db, request: KeyedRequest, waitMs = WAIT_FOR_WINNER_MS): Promise<Reservation> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    if (await tryInsert(db, request)) return { kind: 'reserved' };

    const [existing] = await db
      .select()
      .from(idempotencyKey)
      .where(and(eq(idempotencyKey.entityUuid, request.entityUuid), eq(idempotencyKey.key, request.key)));
    // Gone since the insert (its request failed and released it): claim it again.
    if (!existing) continue;
    if (existing.requestHash !== request.requestHash) throw idempotencyErrors.keyReused();
    if (existing.responseStatus !== null) {
      return {
        kind: 'replay',
        response: { status: existing.responseStatus, body: existing.responseBody ?? '', headers: existing.responseHeaders ?? {} },
      };
    }
    if (Date.now() >= deadline) throw idempotencyErrors.inProgress();
    await new Promise((resolve) => setTimeout(resolve, Math.min(25 * 2 ** attempt, 250)));
  }
}

async function tryInsert(db: Db, request: KeyedRequest): Promise<boolean> {
  const fresh = {
    requestHash: request.requestHash,
    method: request.method,
    path: request.path,
    expiresAt: sql`now() + interval '24 hours'`,
  };
  const inserted = await db
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

/** Stores the answer of a reserved key, for every later request with it to replay. */
export async function completeKey(db: Db, request: Pick<KeyedRequest, 'entityUuid' | 'key'>, response: StoredResponse): Promise<void> {
  await db
    .update(idempotencyKey)
    .set({ responseStatus: response.status, responseBody: response.body, responseHeaders: response.headers, completedAt: sql`now()` })
    .where(pending(request));
}

/** Frees a reserved key whose request failed unexpectedly, so a retry runs it afresh. */
export async function releaseKey(db: Db, request: Pick<KeyedRequest, 'entityUuid' | 'key'>): Promise<void> {
  await db.delete(idempotencyKey).where(pending(request));
}

function pending(request: Pick<KeyedRequest, 'entityUuid' | 'key'>) {
  return and(eq(idempotencyKey.entityUuid, request.entityUuid), eq(idempotencyKey.key, request.key), isNull(idempotencyKey.responseStatus));
}
