import { Field, inputClass } from '@/components/ui/field';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';

export interface KycQueueFilterValues {
  entity_uuid?: string;
  person_type?: string;
  search?: string;
}

const OWNER_TYPES = [
  { value: 'natural', label: 'Natural person (CPF)' },
  { value: 'legal', label: 'Legal person (CNPJ)' },
];

/** The queue's filters, kept in the URL: account, owner type, and name or document. */
export function KycQueueFilters({ filters, accounts }: { filters: KycQueueFilterValues; accounts: { entityUuid: string; name: string }[] }) {
  return (
    <FilterForm label="Filter the KYC queue" clearHref="/admin/kyc" values={{ ...filters }}>
      <SelectFilter
        id="filter-account"
        name="entity_uuid"
        label="Account"
        value={filters.entity_uuid}
        allLabel="All accounts"
        options={accounts.map((account) => ({ value: account.entityUuid, label: account.name }))}
      />
      <SelectFilter id="filter-person-type" name="person_type" label="Owner type" value={filters.person_type} allLabel="All owners" options={OWNER_TYPES} />
      <Field id="filter-search" label="Owner name or document">
        <input id="filter-search" name="search" defaultValue={filters.search ?? ''} className={inputClass} />
      </Field>
    </FilterForm>
  );
}
