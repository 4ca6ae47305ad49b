import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('takes the heaviest language we speak, exact tags or by language alone', () => {
    expect(negotiateLocale('es-MX,es;q=0.9,en;q=0.8')).toBe('es-MX');
    expect(negotiateLocale('es-AR')).toBe('es-MX');
    expect(negotiateLocale('pt-PT, en;q=0.5')).toBe('pt-BR');
    expect(negotiateLocale('fr-FR, en-US;q=0.7, pt-BR;q=0.9')).toBe('pt-BR');
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
  });

  it('answers null when nothing fits, so the caller falls back', () => {
    expect(negotiateLocale(null)).toBeNull();
    expect(negotiateLocale('')).toBeNull();
    expect(negotiateLocale('fr, de;q=0.5')).toBeNull();
    expect(negotiateLocale('en;q=0, fr')).toBeNull();
  });
});
