import { useTranslations } from 'next-intl';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { INVOICE_STATUSES } from '@/db/schema';

/** The overview's status filter (open, closed, paid, overdue…), kept in the URL. */
export function InvoiceFilters({ filters }: { filters: { invoice_status?: string } }) {
  const t = useTranslations();
  const options = INVOICE_STATUSES.map((status) => ({ value: status, label: t(`invoices.status.${status}`) }));
  return (
    <FilterForm label={t('invoices.filter')} clearHref="/dashboard/invoices" values={filters}>
      <SelectFilter id="filter-invoice-status" name="invoice_status" label={t('filters.status')} value={filters.invoice_status} allLabel={t('filters.allStatuses')} options={options} />
    </FilterForm>
  );
}
