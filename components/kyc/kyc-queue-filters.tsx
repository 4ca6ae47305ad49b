import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/ui/field';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';

export interface KycQueueFilterValues {
  entity_uuid?: string;
  person_type?: string;
  search?: string;
}

/** The queue's filters, kept in the URL: account, owner type, and name or document. */
export function KycQueueFilters({ filters, accounts }: { filters: KycQueueFilterValues; accounts: { entityUuid: string; name: string }[] }) {
  const t = useTranslations('kyc');
  const owner = useTranslations('owner');
  const ownerTypes = [
    { value: 'natural', label: owner('natural') },
    { value: 'legal', label: owner('legal') },
  ];
  return (
    <FilterForm label={t('filter')} clearHref="/admin/kyc" values={{ ...filters }}>
      <SelectFilter
        id="filter-account"
        name="entity_uuid"
        label={t('account')}
        value={filters.entity_uuid}
        allLabel={t('allAccounts')}
        options={accounts.map((account) => ({ value: account.entityUuid, label: account.name }))}
      />
      <SelectFilter id="filter-person-type" name="person_type" label={t('ownerType')} value={filters.person_type} allLabel={t('allOwners')} options={ownerTypes} />
      <Field id="filter-search" label={t('search')}>
        <input id="filter-search" name="search" defaultValue={filters.search ?? ''} className={inputClass} />
      </Field>
    </FilterForm>
  );
}
