import { formatMoney } from '@/components/ui/format';
import type { WalletCurrency } from '@/lib/money/currency';

/** A ledger entry's signed amount: what it added to (+R$ 10,00) or took from (-R$ 10,00) its account. */
export function signedMoney(minor: bigint, currency: string, locale: string): string {
  return `${minor > 0n ? '+' : ''}${formatMoney(minor, currency as WalletCurrency, locale)}`;
}
