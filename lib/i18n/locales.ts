/** The dashboard's languages; the first is the platform's home (Brazil) and the last resort. */
export const LOCALES = ['pt-BR', 'es-MX', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'pt-BR';

/** Each language in its own words, as the switcher offers it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  'pt-BR': 'Português (Brasil)',
  'es-MX': 'Español (México)',
  en: 'English',
};

export const DEFAULT_TIME_ZONE = 'America/Sao_Paulo';

/** The zones our merchants work in, offered by the settings page. */
export const TIME_ZONES = [
  'America/Sao_Paulo',
  'America/Manaus',
  'America/Recife',
  'America/Mexico_City',
  'America/Tijuana',
  'America/Santiago',
  'America/Argentina/Buenos_Aires',
  'UTC',
] as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isTimeZone(value: unknown): value is (typeof TIME_ZONES)[number] {
  return typeof value === 'string' && (TIME_ZONES as readonly string[]).includes(value);
}

/**
 * The best of our languages for an Accept-Language header, by its weights: an exact tag first
 * (`es-MX`), else the language alone (`es`, `pt-PT` → our `es-MX`, `pt-BR`); null when none fits.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranges = acceptLanguage
    .split(',')
    .map((part, position) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, position };
    })
    .filter((range) => range.tag && range.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.position - b.position);
  for (const { tag } of ranges) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split('-')[0];
    const sameLanguage = LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return null;
}
