import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a receiver lets a delivery's timestamp drift from its own clock (DESIGN §4). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * `X-Webhook-Signature`: hex HMAC-SHA256 of `"{timestamp}.{raw body}"` under the endpoint's
 * signing secret, the timestamp being Unix seconds as sent in `X-Webhook-Timestamp`. Signing the
 * timestamp with the body is what lets a receiver refuse a captured request replayed later.
 */
export function signWebhook(secret: string, timestamp: string | number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

export interface VerifyWebhookInput {
  secret: string;
  /** The `X-Webhook-Timestamp` header as received. */
  timestamp: string | null | undefined;
  /** The `X-Webhook-Signature` header as received. */
  signature: string | null | undefined;
  /** The request body exactly as received, before any JSON parsing. */
  rawBody: string | Buffer;
  /** The receiver's clock; now when omitted. */
  now?: Date;
  toleranceSeconds?: number;
}

/** What a receiver runs on each request: true only for a fresh timestamp and a matching signature. */
export function verifyWebhookSignature(input: VerifyWebhookInput): boolean {
  const { secret, timestamp, signature, rawBody, now = new Date(), toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS } = input;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature || !/^[0-9a-fA-F]{64}$/.test(signature)) return false;
  if (Math.abs(Math.floor(now.getTime() / 1000) - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody), 'hex');
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
