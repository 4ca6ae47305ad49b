import { WALLET_STATUSES } from '@/db/schema/wallets';
import { Field, inputClass } from '@/components/ui/field';
import { STATUS_LABELS } from './status-badge';

/** The wallet-status filter both wallet lists offer, under each list's own query parameter name. */
export function StatusFilter({ name, value }: { name: string; value?: string }) {
  return (
    <Field id="filter-status" label="Status">
      <select id="filter-status" name={name} defaultValue={value ?? ''} className={inputClass}>
        <option value="">All statuses</option>
        {WALLET_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </Field>
  );
}
