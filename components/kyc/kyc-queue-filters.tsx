import { Field, inputClass } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';

export interface KycQueueFilterValues {
  entity_uuid?: string;
  person_type?: string;
  search?: string;
}

/** The queue's filters, kept in the URL: account, owner type, and name or document. */
export function KycQueueFilters({ filters, accounts }: { filters: KycQueueFilterValues; accounts: { entityUuid: string; name: string }[] }) {
  return (
    <FilterForm label="Filter the KYC queue" clearHref="/admin/kyc">
      <Field id="filter-account" label="Account">
        <select id="filter-account" name="entity_uuid" defaultValue={filters.entity_uuid ?? ''} className={inputClass}>
          <option value="">All accounts</option>
          {accounts.map((account) => (
            <option key={account.entityUuid} value={account.entityUuid}>
              {account.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-person-type" label="Owner type">
        <select id="filter-person-type" name="person_type" defaultValue={filters.person_type ?? ''} className={inputClass}>
          <option value="">All owners</option>
          <option value="natural">Natural person (CPF)</option>
          <option value="legal">Legal person (CNPJ)</option>
        </select>
      </Field>
      <Field id="filter-search" label="Owner name or document">
        <input id="filter-search" name="search" defaultValue={filters.search ?? ''} className={inputClass} />
      </Field>
    </FilterForm>
  );
}
