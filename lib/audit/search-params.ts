import { decodeCursor } from '@/lib/pagination/keyset';
import type { AuditFilters } from './queries';

/** The audit pages' filters as the URL carries them (a GET form, so a filtered trail can be shared). */
export interface AuditSearch {
  actor?: string;
  action?: string;
  entity_uuid?: string;
  starting_after?: string;
}

const ACTION = /^[a-z_]+(\.[a-z_]*)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The URL's filters that make sense; a hand-edited bad value is dropped rather than failing the
 * page. The account filter is read only where the page offers it (the operators').
 */
export function readAuditSearch(raw: Record<string, string | string[] | undefined>, options: { account: boolean }): AuditSearch {
  const text = (key: string) => {
    const value = raw[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const action = text('action');
  const entityUuid = text('entity_uuid');
  const cursor = text('starting_after');
  const search: AuditSearch = {
    actor: text('actor')?.slice(0, 320),
    action: action && action.length <= 100 && ACTION.test(action) ? action : undefined,
    entity_uuid: options.account && entityUuid && UUID.test(entityUuid) ? entityUuid : undefined,
    starting_after: cursor && decodeCursor(cursor, 'bigint') ? cursor : undefined,
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined));
}

export function toAuditFilters(search: AuditSearch, limit: number): AuditFilters {
  return { actor: search.actor, action: search.action, entityUuid: search.entity_uuid, startingAfter: search.starting_after, limit };
}
