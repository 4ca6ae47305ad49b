import { useTranslations } from 'next-intl';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { statusOptions } from '@/components/ui/status-badge';

/** The links list's filter, in the URL: the status each link shows now. */
export function PaymentLinkFilters({ filters }: { filters: { status?: string } }) {
  const t = useTranslations();
  const statuses = statusOptions('paymentLink').map((option) => ({ ...option, label: t(`status.paymentLink.${option.value}`) }));
  return (
    <FilterForm label={t('paymentLinks.filter')} clearHref="/dashboard/payment-links" values={{ ...filters }}>
      <SelectFilter id="filter-status" name="status" label={t('filters.status')} value={filters.status} allLabel={t('filters.allStatuses')} options={statuses} />
    </FilterForm>
  );
}
