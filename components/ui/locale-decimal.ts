/**
 * Decimal inputs in the reader's own form. People write "5.000,50" in Brazil and "5,000.50" in
 * Mexico and in English; the shared schemas take the canonical "5000.50". The conversion is on
 * the text (never through a float), and only for text that is unambiguously the locale's form:
 * anything else passes unchanged, for the schema to accept (canonical text) or refuse clearly.
 */
function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "5.000,50" (pt-BR) or "5,000.50" (en) → "5000.50"; "5000,5" (pt-BR) → "5000.5". */
export function toCanonicalDecimal(typed: string, locale: string): string {
  const text = typed.trim().replace(/\s/g, '');
  const { group, decimal } = separators(locale);
  const g = escape(group);
  const d = escape(decimal);
  const grouped = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const match = grouped.exec(text);
  if (!match) return typed;
  const [, sign, whole, fraction] = match;
  // "1.234" is a thousand-odd in pt-BR but 1.234 in en: only this locale's grouping is read as grouping.
  if (decimal !== '.' && !whole!.includes(group) && text.includes('.')) return typed;
  return `${sign}${whole!.split(group).join('')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The canonical "5000.50" as this locale writes it in an input: "5.000,50" in pt-BR. */
export function toLocaleDecimal(canonical: string, locale: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(canonical);
  if (!match) return canonical;
  const [, sign, whole, fraction] = match;
  const { group, decimal } = separators(locale);
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/**
 * A copy of form values with the decimal text at each dotted path made canonical: what a form's
 * resolver hands the shared schema (see toCanonicalDecimal). Missing or non-text values stay.
 */
export function withCanonicalDecimals<T extends object>(values: T, paths: readonly string[], locale: string): T {
  const copy = structuredClone(values) as Record<string, unknown>;
  for (const path of paths) {
    const parts = path.split('.');
    const parent = parts.slice(0, -1).reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), copy);
    const leaf = parts.at(-1)!;
    if (parent && typeof parent === 'object' && typeof (parent as Record<string, unknown>)[leaf] === 'string') {
      (parent as Record<string, unknown>)[leaf] = toCanonicalDecimal((parent as Record<string, string>)[leaf]!, locale);
    }
  }
  return copy as T;
}
