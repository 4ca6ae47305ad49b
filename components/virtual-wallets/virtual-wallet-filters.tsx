import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/ui/field';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { statusOptions } from '@/components/ui/status-badge';

export interface VirtualWalletFilterValues {
  search?: string;
  status?: string;
}

/** The holding's virtual wallets narrowed by a search on name or reference and by status, in the URL. */
export function VirtualWalletFilters({ walletUuid, filters }: { walletUuid: string; filters: VirtualWalletFilterValues }) {
  const t = useTranslations();
  return (
    <FilterForm label={t('virtualWallets.list.filter')} clearHref={`/dashboard/wallets/${walletUuid}/holding`} values={{ ...filters }}>
      <Field id="filter-search" label={t('virtualWallets.list.search')}>
        <input id="filter-search" name="search" type="search" maxLength={100} defaultValue={filters.search} placeholder={t('virtualWallets.list.searchHint')} className={`${inputClass} w-64`} />
      </Field>
      <SelectFilter
        id="filter-status"
        name="status"
        label={t('filters.status')}
        value={filters.status}
        allLabel={t('filters.allStatuses')}
        options={statusOptions('virtualWallet').map((option) => ({ ...option, label: t(`status.virtualWallet.${option.value}`) }))}
      />
    </FilterForm>
  );
}
