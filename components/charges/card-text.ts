import { BRAND_LABELS, isCardBrand } from '@/lib/charges/card/brand';

/** A card as people are shown it: its brand and last four digits ("Visa •••• 3191"), never more. */
export function cardText(card: { brand: string; last_four: string }): string {
  const brand = isCardBrand(card.brand) ? BRAND_LABELS[card.brand] : card.brand;
  return `${brand} •••• ${card.last_four}`;
}
