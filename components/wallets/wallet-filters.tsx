import { useTranslations } from 'next-intl';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { WALLET_CURRENCIES } from '@/lib/money/currency';
import { StatusFilter } from './status-filter';

interface Filters {
  currency?: string;
  merchant_uuid?: string;
  status?: string;
}

export function WalletFilters({ filters, merchants }: { filters: Filters; merchants: { merchantUuid: string; name: string }[] }) {
  const t = useTranslations('wallets');
  return (
    <FilterForm label={t('filter')} clearHref="/dashboard/wallets" values={{ ...filters }}>
      <SelectFilter
        id="filter-currency"
        name="currency"
        label={t('currency')}
        value={filters.currency}
        allLabel={t('allCurrencies')}
        options={WALLET_CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
      />
      <SelectFilter
        id="filter-merchant"
        name="merchant_uuid"
        label={t('merchant')}
        value={filters.merchant_uuid}
        allLabel={t('allMerchants')}
        options={merchants.map((m) => ({ value: m.merchantUuid, label: m.name }))}
      />
      <StatusFilter name="status" value={filters.status} />
    </FilterForm>
  );
}
