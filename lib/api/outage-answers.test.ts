import { describe, expect, it } from 'vitest';
import { createLogger } from '@/lib/logger';
import { tokenErrorResponse } from './oauth2';
import { errorResponse } from './route';

// A database outage is the client's to retry, in every door's own dialect, never a 500.
const outage = new Error('Failed query', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) });
const log = createLogger({ write: () => undefined });

describe('answers to a database outage', () => {
  it('are 503 with Retry-After in the A55, charge and QI dialects', async () => {
    for (const [dialect, code] of [
      ['a55', { code: 'service_unavailable' }],
      ['qi', { code: 'service_unavailable' }],
      ['a55_charge', { message: [{ code: 'service_unavailable' }] }],
    ] as const) {
      const response = errorResponse(dialect, outage, 'req-1', log);
      expect(response.status, dialect).toBe(503);
      expect(response.headers.get('Retry-After')).toBe('5');
      expect(await response.json()).toMatchObject(code);
    }
  });

  it('is RFC 6749’s temporarily_unavailable at the token endpoint', async () => {
    const response = tokenErrorResponse(outage, 'req-1', log);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toMatchObject({ error: 'temporarily_unavailable' });
  });

  it('leaves a bug a 500', () => {
    expect(errorResponse('a55', new TypeError('x is undefined'), 'req-1', log).status).toBe(500);
    expect(tokenErrorResponse(new TypeError('x is undefined'), 'req-1', log).status).toBe(500);
  });
});
