/**
 * A ratio in basis points as the reader writes a percentage: 15000 → "150%", 1250 → "12,5 %" in
 * pt-BR. Only a ratio passes through a float here (at most two decimals are shown), never money.
 */
export function formatRatio(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);
}
