import { WALLET_STATUSES } from '@/db/schema/wallets';
import { SelectFilter } from '@/components/ui/filter-form';
import { STATUS_LABELS } from './status-badge';

const STATUS_OPTIONS = WALLET_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/** The wallet-status filter both wallet lists offer, under each list's own query parameter name. */
export function StatusFilter({ name, value }: { name: string; value?: string }) {
  return <SelectFilter id="filter-status" name={name} label="Status" value={value} allLabel="All statuses" options={STATUS_OPTIONS} />;
}
