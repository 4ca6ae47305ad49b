import { useTranslations } from 'next-intl';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { statusOptions } from '@/components/ui/status-badge';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/catalogue';

export interface DeliveryFilterValues {
  endpoint_uuid?: string;
  status?: string;
  event_type?: string;
}

const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: type }));

export function DeliveryFilters({ filters, endpoints }: { filters: DeliveryFilterValues; endpoints: { endpoint_uuid: string; url: string }[] }) {
  const t = useTranslations();
  const statuses = statusOptions('delivery').map((option) => ({ ...option, label: t(`status.delivery.${option.value}`) }));
  return (
    <FilterForm label={t('webhooks.filterDeliveries')} clearHref="/dashboard/developers/webhooks/deliveries" values={{ ...filters }}>
      <SelectFilter
        id="filter-endpoint"
        name="endpoint_uuid"
        label={t('webhooks.endpoint')}
        value={filters.endpoint_uuid}
        allLabel={t('webhooks.allEndpoints')}
        options={endpoints.map((e) => ({ value: e.endpoint_uuid, label: e.url }))}
      />
      <SelectFilter id="filter-status" name="status" label={t('filters.status')} value={filters.status} allLabel={t('filters.allStatuses')} options={statuses} />
      <SelectFilter id="filter-event-type" name="event_type" label={t('webhooks.event')} value={filters.event_type} allLabel={t('webhooks.allEvents')} options={EVENT_OPTIONS} />
    </FilterForm>
  );
}
