import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOFT_DESCRIPTOR_MAX, softDescriptorFrom } from './soft-descriptor';

describe('softDescriptorFrom', () => {
  it('strips accents, punctuation and spaces and upper-cases', () => {
    expect(softDescriptorFrom('Loja São Paulo — BRL')).toBe('LOJASAOPAULOB');
    expect(softDescriptorFrom('Café & Pão')).toBe('CAFEPAO');
    expect(softDescriptorFrom('LatAm Store')).toBe('LATAMSTORE');
  });

  it('falls back when nothing printable is left', () => {
    expect(softDescriptorFrom('— ★ —')).toBe('WALLET');
    expect(softDescriptorFrom('日本', 'SHOP')).toBe('SHOP');
  });

  it('always yields 1 to 13 upper-case letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const descriptor = softDescriptorFrom(name);
        expect(descriptor).toMatch(/^[A-Z0-9]+$/);
        expect(descriptor.length).toBeLessThanOrEqual(SOFT_DESCRIPTOR_MAX);
      }),
    );
  });
});
