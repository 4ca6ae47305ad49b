import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/ui/field';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { ACCOUNT_STATUSES } from '@/lib/management/schemas';

export interface AccountFilterValues {
  name?: string;
  status?: string;
}

/** The list's filters, kept in the URL: part of the name, and the status. */
export function AccountFilters({ filters }: { filters: AccountFilterValues }) {
  const t = useTranslations('adminAccounts');
  return (
    <FilterForm label={t('filter')} clearHref="/admin/accounts" values={{ ...filters }}>
      <Field id="filter-name" label={t('nameContains')}>
        <input id="filter-name" name="name" defaultValue={filters.name ?? ''} className={inputClass} />
      </Field>
      <SelectFilter
        id="filter-status"
        name="status"
        label={t('status')}
        value={filters.status}
        allLabel={t('allStatuses')}
        options={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(status) }))}
      />
    </FilterForm>
  );
}
