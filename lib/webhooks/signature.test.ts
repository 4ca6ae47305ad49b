import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './signature';

const secret = 'whsec_test-secret';
const body = '{"operation":"WALLET","amount":5000.00}';
const now = new Date('2026-11-21T12:00:00Z');
const timestamp = String(Math.floor(now.getTime() / 1000));

describe('signWebhook', () => {
  it('is the hex HMAC-SHA256 of "{timestamp}.{raw body}"', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signWebhook(secret, timestamp, body)).toBe(expected);
    expect(signWebhook(secret, Number(timestamp), Buffer.from(body))).toBe(expected);
  });
});

describe('verifyWebhookSignature', () => {
  const signature = signWebhook(secret, timestamp, body);
  const valid = { secret, timestamp, signature, rawBody: body, now };

  it('accepts the signature of the exact bytes at the current time', () => {
    expect(verifyWebhookSignature(valid)).toBe(true);
    expect(verifyWebhookSignature({ ...valid, signature: signature.toUpperCase() })).toBe(true);
  });

  it('refuses another secret, another body or a body re-serialized by a JSON parser', () => {
    expect(verifyWebhookSignature({ ...valid, secret: 'whsec_other' })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, rawBody: `${body} ` })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, rawBody: JSON.stringify(JSON.parse(body)) })).toBe(false);
  });

  it('refuses a timestamp that was not the one signed', () => {
    expect(verifyWebhookSignature({ ...valid, timestamp: String(Number(timestamp) + 1) })).toBe(false);
  });

  it('refuses skew beyond the tolerance either way, and accepts it at the edge', () => {
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(verifyWebhookSignature({ ...valid, now: at(300) })).toBe(true);
    expect(verifyWebhookSignature({ ...valid, now: at(-300) })).toBe(true);
    expect(verifyWebhookSignature({ ...valid, now: at(301) })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, now: at(-301) })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, now: at(600), toleranceSeconds: 600 })).toBe(true);
  });

  it('refuses missing or malformed headers without throwing', () => {
    expect(verifyWebhookSignature({ ...valid, signature: undefined })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, timestamp: null })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, timestamp: '1.5e9' })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, signature: signature.slice(0, 62) })).toBe(false);
    expect(verifyWebhookSignature({ ...valid, signature: `${signature.slice(0, 63)}z` })).toBe(false);
  });
});
