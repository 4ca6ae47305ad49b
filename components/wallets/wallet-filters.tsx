import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { WALLET_CURRENCIES } from '@/lib/money/currency';
import { StatusFilter } from './status-filter';

interface Filters {
  currency?: string;
  merchant_uuid?: string;
  status?: string;
}

export function WalletFilters({ filters, merchants }: { filters: Filters; merchants: { merchantUuid: string; name: string }[] }) {
  return (
    <FilterForm label="Filter wallets" clearHref="/dashboard/wallets" values={{ ...filters }}>
      <SelectFilter
        id="filter-currency"
        name="currency"
        label="Currency"
        value={filters.currency}
        allLabel="All currencies"
        options={WALLET_CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
      />
      <SelectFilter
        id="filter-merchant"
        name="merchant_uuid"
        label="Merchant"
        value={filters.merchant_uuid}
        allLabel="All merchants"
        options={merchants.map((m) => ({ value: m.merchantUuid, label: m.name }))}
      />
      <StatusFilter name="status" value={filters.status} />
    </FilterForm>
  );
}
