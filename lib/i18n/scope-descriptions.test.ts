import { describe, expect, it } from 'vitest';
import { SCOPES } from '@/lib/api/scopes';
import en from '@/messages/en.json';

describe('the scope descriptions the dashboard shows', () => {
  it('are the API scopes’ own descriptions in English, one for every scope', () => {
    expect(en.scopeDescriptions).toEqual(SCOPES);
  });
});
