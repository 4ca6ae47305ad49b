import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/ui/field';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { statusOptions } from '@/components/ui/status-badge';
import { CHARGE_METHODS } from '@/db/schema';

export interface ChargeFilterValues {
  search?: string;
  status?: string;
  method?: string;
  wallet_uuid?: string;
  date_from?: string;
  date_to?: string;
}

/** The charges list's filters, in the URL: search, status, method, wallet and a date range in the reader's days. */
export function ChargeFilters({ filters, wallets }: { filters: ChargeFilterValues; wallets: { walletUuid: string; label: string }[] }) {
  const t = useTranslations();
  const statuses = statusOptions('charge').map((option) => ({ ...option, label: t(`status.charge.${option.value}`) }));
  return (
    <FilterForm label={t('charges.filter')} clearHref="/dashboard/charges" values={{ ...filters }}>
      <Field id="filter-search" label={t('charges.search')}>
        <input id="filter-search" name="search" type="search" defaultValue={filters.search} placeholder={t('charges.searchHint')} className={`${inputClass} w-72`} />
      </Field>
      <SelectFilter id="filter-status" name="status" label={t('filters.status')} value={filters.status} allLabel={t('filters.allStatuses')} options={statuses} />
      <SelectFilter
        id="filter-method"
        name="method"
        label={t('charges.method')}
        value={filters.method}
        allLabel={t('charges.allMethods')}
        options={CHARGE_METHODS.map((method) => ({ value: method, label: t(`chargeMethods.${method}`) }))}
      />
      <SelectFilter
        id="filter-wallet"
        name="wallet_uuid"
        label={t('charges.wallet')}
        value={filters.wallet_uuid}
        allLabel={t('charges.allWallets')}
        options={wallets.map((wallet) => ({ value: wallet.walletUuid, label: wallet.label }))}
      />
      <Field id="filter-date-from" label={t('charges.dateFrom')}>
        <input id="filter-date-from" name="date_from" type="date" defaultValue={filters.date_from} className={inputClass} />
      </Field>
      <Field id="filter-date-to" label={t('charges.dateTo')}>
        <input id="filter-date-to" name="date_to" type="date" defaultValue={filters.date_to} className={inputClass} />
      </Field>
    </FilterForm>
  );
}
