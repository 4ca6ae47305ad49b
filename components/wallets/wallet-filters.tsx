import Link from 'next/link';
import { WALLET_STATUSES } from '@/db/schema';
import { WALLET_CURRENCIES } from '@/lib/money/currency';
import { buttonClass, Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { STATUS_LABELS } from './status-badge';

interface Filters {
  currency?: string;
  merchant_uuid?: string;
  status?: string;
}

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export function WalletFilters({ filters, merchants }: { filters: Filters; merchants: { merchantUuid: string; name: string }[] }) {
  return (
    <form method="get" aria-label="Filter wallets" className="mb-4 flex flex-wrap items-end gap-3">
      <Field id="filter-currency" label="Currency">
        <select id="filter-currency" name="currency" defaultValue={filters.currency ?? ''} className={inputClass}>
          <option value="">All currencies</option>
          {WALLET_CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </Field>
      <Field id="filter-merchant" label="Merchant">
        <select id="filter-merchant" name="merchant_uuid" defaultValue={filters.merchant_uuid ?? ''} className={inputClass}>
          <option value="">All merchants</option>
          {merchants.map((m) => (
            <option key={m.merchantUuid} value={m.merchantUuid}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-status" label="Status">
        <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className={inputClass}>
          <option value="">All statuses</option>
          {WALLET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className={buttonClass}>
        Apply filters
      </button>
      <Link href="/dashboard/wallets" className={secondaryButtonClass}>
        Clear
      </Link>
    </form>
  );
}
