import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { StatusFilter } from '@/components/wallets/status-filter';

/**
 * The filters of `GET /api/v1/credit/wallets`, kept in the URL. The document filter matches whole
 * documents only (as the API's does); `refusedDocument` is what was typed when it was not one (a
 * name, a partial number), shown back with a note saying what the filter takes.
 */
export function CreditWalletFilters({
  filters,
  refusedDocument,
}: {
  filters: { owner_document_number?: string; wallet_status?: string };
  refusedDocument?: string;
}) {
  const t = useTranslations('creditWallets');
  return (
    <FilterForm label={t('filter')} clearHref="/dashboard/wallets/credit" values={filters}>
      <Field id="filter-document" label={t('documentFilter')} error={refusedDocument === undefined ? undefined : t('documentWantsDigits')}>
        <input
          id="filter-document"
          name="owner_document_number"
          defaultValue={refusedDocument ?? filters.owner_document_number ?? ''}
          className={inputClass}
          aria-invalid={refusedDocument !== undefined}
          aria-describedby={refusedDocument === undefined ? undefined : 'filter-document-error'}
        />
      </Field>
      <StatusFilter name="wallet_status" value={filters.wallet_status} />
    </FilterForm>
  );
}
