import type { Db, Tx } from '@/db/client';
import { redactSecrets } from './redact';
import { claimKey, storeAnswer, WAIT_FOR_HOLDER_MS, type KeyedRequest, type StoredResponse } from './store';

/** How one kind of answer (an HTTP response, a server action's result) is kept and replayed. */
export interface AnswerCodec<T> {
  status: (answer: T) => number;
  /** What to keep; secrets must already be blanked (see `redactSecrets`). */
  toStored: (answer: T) => Promise<StoredResponse> | StoredResponse;
  fromStored: (stored: StoredResponse) => T;
}

export interface RunOnceOptions {
  /** How long to wait for a concurrent request holding the key; REQUEST_IN_PROGRESS afterwards. */
  waitMs?: number;
}

/**
 * Runs a write at most once per key, in one transaction with its stored answer: the key row is
 * claimed first, the work runs on the same transaction (services nest their own as savepoints),
 * and the answer is written before the commit. So a crash anywhere leaves either the effect with
 * its answer or neither, and a key is never left "in progress" by a request that died.
 *
 * What is kept: every answer below 500. A refusal (4xx: a 404, a 409 on state, a 422) is kept and
 * replayed, as Stripe does, but whatever the work wrote before refusing is rolled back (its own
 * savepoint). A 5xx answer or anything thrown rolls back everything, key included, so a retry runs
 * afresh. Requests that fail validation never reach here, so they keep nothing.
 */
export async function runOnce<T>(db: Db, request: KeyedRequest, work: (tx: Tx) => Promise<T>, codec: AnswerCodec<T>, options: RunOnceOptions = {}): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      const claim = await claimKey(tx, request, options.waitMs ?? WAIT_FOR_HOLDER_MS);
      if (claim.kind === 'replay') return codec.fromStored(claim.response);
      const answer = await refusalsRolledBack(tx, work, codec);
      if (codec.status(answer) >= 500) throw new Unkept(answer);
      await storeAnswer(tx, request, await codec.toStored(answer));
      return answer;
    });
  } catch (error) {
    if (error instanceof Unkept) return error.answer as T;
    throw error;
  }
}

/** The HTTP door's flavour: replays carry `Idempotent-Replayed: true` and never a request id. */
export function runIdempotently(db: Db, request: KeyedRequest, execute: (tx: Tx) => Promise<Response>, options: RunOnceOptions = {}): Promise<Response> {
  return runOnce(db, request, execute, responseCodec, options);
}

const responseCodec: AnswerCodec<Response> = {
  status: (response) => response.status,
  toStored: async (response) => ({
    status: response.status,
    body: redactSecrets(await response.clone().text()),
    headers: Object.fromEntries([...response.headers].filter(([name]) => name.toLowerCase() !== 'x-request-id')),
  }),
  fromStored: ({ status, body, headers }) => new Response(body || null, { status, headers: { ...headers, 'Idempotent-Replayed': 'true' } }),
};

async function refusalsRolledBack<T>(tx: Tx, work: (tx: Tx) => Promise<T>, codec: AnswerCodec<T>): Promise<T> {
  try {
    return await tx.transaction(async (savepoint) => {
      const answer = await work(savepoint);
      if (codec.status(answer) >= 400) throw new Unkept(answer);
      return answer;
    });
  } catch (error) {
    if (error instanceof Unkept) return error.answer as T;
    throw error;
  }
}

/** Carries an answer out of a transaction that must roll back, without calling it a failure. */
class Unkept extends Error {
  constructor(readonly answer: unknown) {
    super('answer not kept');
  }
}
