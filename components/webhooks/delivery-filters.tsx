import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { statusOptions } from '@/components/ui/status-badge';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/catalogue';

export interface DeliveryFilterValues {
  endpoint_uuid?: string;
  status?: string;
  event_type?: string;
}

const STATUS_OPTIONS = statusOptions('delivery');
const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: type }));

export function DeliveryFilters({ filters, endpoints }: { filters: DeliveryFilterValues; endpoints: { endpoint_uuid: string; url: string }[] }) {
  return (
    <FilterForm label="Filter deliveries" clearHref="/dashboard/developers/webhooks/deliveries" values={{ ...filters }}>
      <SelectFilter
        id="filter-endpoint"
        name="endpoint_uuid"
        label="Endpoint"
        value={filters.endpoint_uuid}
        allLabel="All endpoints"
        options={endpoints.map((e) => ({ value: e.endpoint_uuid, label: e.url }))}
      />
      <SelectFilter id="filter-status" name="status" label="Status" value={filters.status} allLabel="All statuses" options={STATUS_OPTIONS} />
      <SelectFilter id="filter-event-type" name="event_type" label="Event" value={filters.event_type} allLabel="All events" options={EVENT_OPTIONS} />
    </FilterForm>
  );
}
