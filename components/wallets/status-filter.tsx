import { SelectFilter } from '@/components/ui/filter-form';
import { statusOptions } from '@/components/ui/status-badge';

/** The wallet-status filter both wallet lists offer, under each list's own query parameter name. */
export function StatusFilter({ name, value }: { name: string; value?: string }) {
  return <SelectFilter id="filter-status" name={name} label="Status" value={value} allLabel="All statuses" options={statusOptions('wallet')} />;
}
