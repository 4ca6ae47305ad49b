import { Field, inputClass } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { WALLET_CURRENCIES } from '@/lib/money/currency';
import { StatusFilter } from './status-filter';

interface Filters {
  currency?: string;
  merchant_uuid?: string;
  status?: string;
}

export function WalletFilters({ filters, merchants }: { filters: Filters; merchants: { merchantUuid: string; name: string }[] }) {
  return (
    <FilterForm label="Filter wallets" clearHref="/dashboard/wallets">
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
      <StatusFilter name="status" value={filters.status} />
    </FilterForm>
  );
}
