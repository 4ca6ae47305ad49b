import { and, eq, sql } from 'drizzle-orm';
import { request, type Dispatcher } from 'undici';
import type { Db, Tx } from '@/db/client';
import { webhookAttempt, webhookDelivery, webhookEndpoint } from '@/db/schema';
import type { Actor } from '@/lib/audit/record';
import { recordAudit } from '@/lib/audit/record';
import { logger } from '@/lib/logger';
import { enqueueAttempt, type DeliveryJob } from './outbox';
import { DEFAULT_RETRY_SCHEDULE, nextAttemptAt, type RetrySchedule } from './retry-schedule';
import { openSecret } from './secret-box';
import { signWebhook } from './signature';
import { TargetRefusedError } from './target-guard';

export const DELIVERY_TIMEOUT_MS = 10_000;
export const RESPONSE_EXCERPT_BYTES = 2048;
const USER_AGENT = 'wallet-platform-webhooks/1';

/** The platform itself, as the actor of an automatic endpoint shutdown in the audit log. */
const deliveryWorker = (entityUuid: string): Actor => ({ type: 'system', id: 'webhook-delivery-worker', entityUuid });

export interface DeliveryOptions {
  /** From `createDeliveryDispatcher`: it decides which addresses may be reached. */
  dispatcher: Dispatcher;
  /** Whole-attempt budget: connect, send, and read the status and body excerpt. */
  timeoutMs?: number;
  schedule?: RetrySchedule;
}

/**
 * What a job did. `skipped`: the delivery is no longer waiting for this attempt (a duplicate or
 * late job), nothing sent. `endpoint_disabled`: nothing sent, the delivery failed.
 */
export type AttemptOutcome = 'skipped' | 'endpoint_disabled' | 'succeeded' | 'retrying' | 'failed';

/** Why no usable response came back; all but `target_refused` are worth another try. */
export type AttemptError =
  | 'timeout'
  | 'connection_refused'
  | 'connection_reset'
  | 'dns_error'
  | 'tls_error'
  | 'network_error'
  | 'target_refused';

interface HttpResult {
  status: number | null;
  excerpt: string | null;
  error: AttemptError | null;
  startedAt: Date;
  durationMs: number;
}

/**
 * Works one attempt of one delivery (a `webhook-delivery` job). The HTTP request runs outside any
 * transaction; its outcome is then recorded in one transaction: the attempt row, the delivery's
 * new state, the next attempt's job when it failed in a retryable way, and the endpoint's last
 * success or automatic shutdown. The job carries its attempt number, so a duplicate or late job
 * (pg-boss redelivers after a crash) finds the delivery moved on and sends nothing.
 *
 * A disabled endpoint gets nothing: the delivery is marked failed without an attempt row, no
 * further job is queued, and the merchant can send it again once the endpoint is enabled.
 */
export async function attemptDelivery(db: Db, job: DeliveryJob, options: DeliveryOptions): Promise<AttemptOutcome> {
  const log = logger.child({ deliveryUuid: job.deliveryUuid, attempt: job.attempt });
  const [target] = await db
    .select({ delivery: webhookDelivery, endpoint: webhookEndpoint })
    .from(webhookDelivery)
    .innerJoin(webhookEndpoint, eq(webhookEndpoint.endpointUuid, webhookDelivery.endpointUuid))
    .where(eq(webhookDelivery.deliveryUuid, job.deliveryUuid));
  if (!target || !awaitsAttempt(target.delivery, job)) {
    log.debug('webhook job no longer matches its delivery; nothing sent');
    return 'skipped';
  }
  const { delivery, endpoint } = target;

  if (endpoint.status === 'disabled') {
    await db
      .update(webhookDelivery)
      .set({ status: 'failed', nextAttemptAt: null, completedAt: new Date() })
      .where(and(eq(webhookDelivery.deliveryUuid, delivery.deliveryUuid), eq(webhookDelivery.status, 'pending'), eq(webhookDelivery.attemptCount, job.attempt - 1)));
    log.info({ endpointUuid: endpoint.endpointUuid }, 'webhook endpoint disabled; delivery failed unsent');
    return 'endpoint_disabled';
  }

  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
    'X-Webhook-Id': delivery.eventUuid,
    'X-Webhook-Delivery': delivery.deliveryUuid,
    'X-Webhook-Key': endpoint.webhookKey,
    'X-Webhook-Timestamp': timestamp,
    'X-Webhook-Signature': signWebhook(openSecret(endpoint.secretCiphertext), timestamp, delivery.body),
  };
  const result = await post(endpoint.url, headers, delivery.body, options);
  const outcome = await db.transaction((tx) =>
    record(tx, { job, delivery, endpointUuid: endpoint.endpointUuid, url: endpoint.url, headers, result, schedule: options.schedule ?? DEFAULT_RETRY_SCHEDULE }),
  );
  log.info({ outcome, status: result.status, error: result.error, durationMs: result.durationMs }, 'webhook attempt');
  return outcome;
}

function awaitsAttempt(delivery: { status: string; attemptCount: number }, job: DeliveryJob): boolean {
  return delivery.status === 'pending' && job.attempt === delivery.attemptCount + 1;
}

async function post(url: string, headers: Record<string, string>, body: string, options: DeliveryOptions): Promise<HttpResult> {
  const startedAt = new Date();
  const started = performance.now();
  const signal = AbortSignal.timeout(options.timeoutMs ?? DELIVERY_TIMEOUT_MS);
  const done = (partial: Pick<HttpResult, 'status' | 'excerpt' | 'error'>): HttpResult => ({
    ...partial,
    startedAt,
    durationMs: Math.round(performance.now() - started),
  });
  let response: Dispatcher.ResponseData;
  try {
    // undici's request() never follows redirects: a 3xx is recorded as the answer it is.
    response = await request(url, { method: 'POST', headers, body, dispatcher: options.dispatcher, signal });
  } catch (error) {
    return done({ status: null, excerpt: null, error: signal.aborted ? 'timeout' : classify(error) });
  }
  return done({ status: response.statusCode, excerpt: await readExcerpt(response.body), error: null });
}

// The receiver has answered with a status; its body is only for the log, so a body that stalls
// past the time budget or breaks off keeps what arrived.
async function readExcerpt(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= RESPONSE_EXCERPT_BYTES) break;
    }
  } catch {
    // keep what arrived
  } finally {
    body.destroy();
  }
  return Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8');
}

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error; current instanceof Error && codes.length < 5; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code) codes.push(code);
  }
  return codes;
}

function classify(error: unknown): AttemptError {
  if (error instanceof TargetRefusedError || (error instanceof Error && error.cause instanceof TargetRefusedError)) return 'target_refused';
  const codes = errorCodes(error);
  const has = (...wanted: string[]) => codes.some((code) => wanted.includes(code));
  if (has('ECONNREFUSED')) return 'connection_refused';
  if (has('UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT')) return 'timeout';
  if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET')) return 'connection_reset';
  if (has('ENOTFOUND', 'EAI_AGAIN')) return 'dns_error';
  if (codes.some((code) => code.startsWith('ERR_TLS') || code.includes('CERT') || code.includes('SSL'))) return 'tls_error';
  return 'network_error';
}

function isSuccess(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

/** 5xx, 429 and every transport failure but a refused target; other answers are final. */
function isRetryable(result: HttpResult): boolean {
  if (result.status !== null) return result.status >= 500 || result.status === 429;
  return result.error !== 'target_refused';
}

interface RecordInput {
  job: DeliveryJob;
  delivery: { deliveryUuid: string; createdAt: Date };
  endpointUuid: string;
  url: string;
  headers: Record<string, string>;
  result: HttpResult;
  schedule: RetrySchedule;
}

async function record(tx: Tx, input: RecordInput): Promise<AttemptOutcome> {
  const { job, result } = input;
  const [current] = await tx
    .select({ entityUuid: webhookDelivery.entityUuid, status: webhookDelivery.status, attemptCount: webhookDelivery.attemptCount })
    .from(webhookDelivery)
    .where(eq(webhookDelivery.deliveryUuid, job.deliveryUuid))
    .for('update');
  // Two copies of one job raced past the first check: the one that recorded first wins.
  if (!current || !awaitsAttempt(current, job)) return 'skipped';

  const finishedAt = new Date(result.startedAt.getTime() + result.durationMs);
  const succeeded = isSuccess(result.status);
  const retryable = !succeeded && isRetryable(result);
  await tx.insert(webhookAttempt).values({
    entityUuid: current.entityUuid,
    deliveryUuid: job.deliveryUuid,
    attemptNumber: job.attempt,
    requestUrl: input.url,
    // The X-Webhook-Key is the receiver's shared secret (seed 003): the log shows that it was sent, not its value.
    requestHeaders: { ...input.headers, 'X-Webhook-Key': '[redacted]' },
    responseStatus: result.status,
    responseBodyExcerpt: result.excerpt,
    error: result.error,
    succeeded,
    retryable,
    durationMs: result.durationMs,
    startedAt: result.startedAt,
  });

  const next = retryable ? nextAttemptAt(job.attempt, finishedAt, input.schedule) : null;
  const outcome: AttemptOutcome = succeeded ? 'succeeded' : next ? 'retrying' : 'failed';
  await tx
    .update(webhookDelivery)
    .set({
      attemptCount: job.attempt,
      lastAttemptAt: result.startedAt,
      status: outcome === 'retrying' ? 'pending' : outcome,
      nextAttemptAt: next,
      completedAt: outcome === 'retrying' ? null : finishedAt,
    })
    .where(eq(webhookDelivery.deliveryUuid, job.deliveryUuid));

  if (next) await enqueueAttempt(tx, { deliveryUuid: job.deliveryUuid, attempt: job.attempt + 1 }, next);
  if (succeeded) {
    await tx
      .update(webhookEndpoint)
      .set({ lastSuccessAt: sql`greatest(${webhookEndpoint.lastSuccessAt}, ${finishedAt.toISOString()}::timestamptz)` })
      .where(eq(webhookEndpoint.endpointUuid, input.endpointUuid));
  }
  // Retries ran out (a final answer such as a 400 is the receiver's choice, not a dead endpoint).
  if (outcome === 'failed' && retryable) await disableIfFailing(tx, input, finishedAt);
  return outcome;
}

/**
 * Persistent failure: a delivery spent its whole retry schedule (about 33 hours by default) and
 * the endpoint has not accepted anything since that delivery was created. The endpoint is switched
 * off so the platform stops hammering it, and the audit event plus `disabled_reason = 'failing'`
 * are what the dashboard's notice shows.
 */
async function disableIfFailing(tx: Tx, input: RecordInput, at: Date): Promise<void> {
  const [endpoint] = await tx
    .select({ entityUuid: webhookEndpoint.entityUuid, status: webhookEndpoint.status, lastSuccessAt: webhookEndpoint.lastSuccessAt })
    .from(webhookEndpoint)
    .where(eq(webhookEndpoint.endpointUuid, input.endpointUuid))
    .for('update');
  if (!endpoint || endpoint.status !== 'enabled') return;
  if (endpoint.lastSuccessAt && endpoint.lastSuccessAt >= input.delivery.createdAt) return;
  await tx
    .update(webhookEndpoint)
    .set({ status: 'disabled', disabledReason: 'failing', disabledAt: at, updatedAt: at })
    .where(eq(webhookEndpoint.endpointUuid, input.endpointUuid));
  await recordAudit(tx, deliveryWorker(endpoint.entityUuid), {
    action: 'webhook_endpoint.disabled',
    subjectType: 'webhook_endpoint',
    subjectId: input.endpointUuid,
    data: { reason: 'failing', delivery_uuid: input.delivery.deliveryUuid, attempts: input.job.attempt, last_error: input.result.error ?? `http_${input.result.status}` },
  });
}
