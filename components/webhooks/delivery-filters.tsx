import { Field, inputClass } from '@/components/ui/field';
import { FilterForm } from '@/components/ui/filter-form';
import { WEBHOOK_DELIVERY_STATUSES } from '@/db/schema';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';
import { DELIVERY_STATUS_LABELS } from './status-badges';

export interface DeliveryFilterValues {
  endpoint_uuid?: string;
  status?: string;
  event_type?: string;
}

export function DeliveryFilters({ filters, endpoints }: { filters: DeliveryFilterValues; endpoints: { endpoint_uuid: string; url: string }[] }) {
  return (
    <FilterForm label="Filter deliveries" clearHref="/dashboard/developers/webhooks/deliveries">
      <Field id="filter-endpoint" label="Endpoint">
        <select id="filter-endpoint" name="endpoint_uuid" defaultValue={filters.endpoint_uuid ?? ''} className={inputClass}>
          <option value="">All endpoints</option>
          {endpoints.map((e) => (
            <option key={e.endpoint_uuid} value={e.endpoint_uuid}>
              {e.url}
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-status" label="Status">
        <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className={inputClass}>
          <option value="">All statuses</option>
          {WEBHOOK_DELIVERY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {DELIVERY_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="filter-event-type" label="Event">
        <select id="filter-event-type" name="event_type" defaultValue={filters.event_type ?? ''} className={inputClass}>
          <option value="">All events</option>
          {WEBHOOK_EVENT_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </Field>
    </FilterForm>
  );
}
