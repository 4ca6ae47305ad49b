import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@/lib/pagination/keyset';
import { readAuditSearch } from './search-params';

const entity = '7d8da016-d332-46af-8520-c604fbbdc75b';
const cursor = encodeCursor({ createdAt: '2026-12-05T09:55:25.918123Z', id: '61' });

describe('readAuditSearch', () => {
  it('keeps the filters that make sense, the account only where the page offers it', () => {
    const raw = { actor: ' Ana@Example.test ', action: 'member.', entity_uuid: entity, starting_after: cursor };
    expect(readAuditSearch(raw, { account: true })).toEqual({ actor: 'Ana@Example.test', action: 'member.', entity_uuid: entity, starting_after: cursor });
    expect(readAuditSearch(raw, { account: false })).toEqual({ actor: 'Ana@Example.test', action: 'member.', starting_after: cursor });
  });

  it('drops hand-edited values instead of failing the page', () => {
    const uuidCursor = encodeCursor({ createdAt: '2026-12-05T09:55:25.918123Z', id: entity });
    expect(readAuditSearch({ action: "member'; --", entity_uuid: 'nope', starting_after: uuidCursor, actor: ['a', 'b'] }, { account: true })).toEqual({});
    expect(readAuditSearch({ starting_after: 'not-a-cursor', action: '' }, { account: true })).toEqual({});
  });
});
