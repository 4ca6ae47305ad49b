import { Field, inputClass } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { StatusFilter } from '@/components/wallets/status-filter';

/** The filters of `GET /api/v1/credit/wallets`, kept in the URL. */
export function CreditWalletFilters({ filters }: { filters: { owner_document_number?: string; wallet_status?: string } }) {
  return (
    <FilterForm label="Filter credit wallets" clearHref="/dashboard/wallets/credit" values={filters}>
      <Field id="filter-document" label="Owner CPF or CNPJ">
        <input id="filter-document" name="owner_document_number" defaultValue={filters.owner_document_number ?? ''} className={inputClass} />
      </Field>
      <StatusFilter name="wallet_status" value={filters.wallet_status} />
    </FilterForm>
  );
}
