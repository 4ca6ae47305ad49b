import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import esMX from '@/messages/es-MX.json';
import ptBR from '@/messages/pt-BR.json';

/** Every leaf key of a message tree, dotted ("nav.overview"). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

/** The `{placeholders}` of one message, so a translation cannot drop the amount it should show. */
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

function messageAt(tree: object, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
}

describe('the message catalogues', () => {
  it('hold the same keys in every language', () => {
    expect(keys(ptBR).sort()).toEqual(keys(en).sort());
    expect(keys(esMX).sort()).toEqual(keys(en).sort());
  });

  it('keep every placeholder and leave no message empty', () => {
    for (const key of keys(en)) {
      for (const catalogue of [ptBR, esMX]) {
        expect(messageAt(catalogue, key).trim(), key).not.toBe('');
        expect(placeholders(messageAt(catalogue, key)), key).toEqual(placeholders(messageAt(en, key)));
      }
    }
  });
});
