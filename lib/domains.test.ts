import { describe, expect, it } from 'vitest';
import { SCOPES } from '@/lib/api/scopes';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/catalogue';
import { DOMAINS, OPERATIONS } from './domains';

describe('the domain list', () => {
  it('knows every scope the domains declare, and no other', () => {
    expect(DOMAINS.flatMap((domain) => Object.entries(domain.scopes)).sort()).toEqual(Object.entries(SCOPES).sort());
  });

  it('declares every scope an operation needs', () => {
    const needed = OPERATIONS.flatMap((operation) => (typeof operation.auth === 'object' ? [operation.auth.scope] : []));
    expect(needed.filter((scope) => !(scope in SCOPES))).toEqual([]);
  });

  it('announces exactly the events of the webhook catalogue', () => {
    expect(DOMAINS.flatMap((domain) => domain.events.map((event) => event.type)).sort()).toEqual(WEBHOOK_EVENTS.map((event) => event.type).sort());
  });

  it('gives every queue one name and one worker', () => {
    const names = DOMAINS.flatMap((domain) => domain.queues.map((worker) => worker.queue.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every operation its own id and its own method and path', () => {
    const ids = OPERATIONS.map((operation) => operation.operationId);
    const routes = OPERATIONS.map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(routes).size).toBe(routes.length);
  });
});
