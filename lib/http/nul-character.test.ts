import { describe, expect, it } from 'vitest';
import { parseJson } from './json';
import { nulCharacterPath } from './nul-character';

describe('nulCharacterPath', () => {
  it('names the first field holding U+0000, however deep', () => {
    expect(nulCharacterPath(parseJson('{"owner":{"name":"Ana\\u0000"}}'))).toBe('owner.name');
    expect(nulCharacterPath({ representatives: [{ name: 'ok' }, { name: 'b\u0000' }] })).toBe('representatives.1.name');
    expect(nulCharacterPath({ 'na\u0000me': 'x' })).toBe('na\\u0000me');
    expect(nulCharacterPath('\u0000')).toBe('(body)');
  });

  it('finds nothing in clean input, numbers and lossless decimals included', () => {
    expect(nulCharacterPath(parseJson('{"amount": 5000.00, "name": "Loja", "tags": ["a"], "n": null}'))).toBeNull();
    expect(nulCharacterPath(undefined)).toBeNull();
  });
});
