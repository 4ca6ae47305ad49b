import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { AUDIT_ACTIONS, AUDIT_FAMILIES, AUDIT_SUBJECTS } from './actions';

/** The message at a dotted path, as next-intl reads it. */
const at = (path: string) => path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en.audit);

describe('audit labels', () => {
  it('name every known action, family and subject (the catalogue test holds the other languages to the same keys)', () => {
    for (const action of AUDIT_ACTIONS) expect(typeof at(`actions.${action}`), action).toBe('string');
    for (const family of AUDIT_FAMILIES) expect(typeof at(`families.${family}`), family).toBe('string');
    for (const subject of AUDIT_SUBJECTS) expect(typeof at(`subjects.${subject}`), subject).toBe('string');
  });
});
