import { useTranslations } from 'next-intl';
import { SelectFilter } from '@/components/ui/filter-form';
import { statusOptions } from '@/components/ui/status-badge';

/** The wallet-status filter both wallet lists offer, under each list's own query parameter name. */
export function StatusFilter({ name, value }: { name: string; value?: string }) {
  const t = useTranslations();
  const options = statusOptions('wallet').map((option) => ({ ...option, label: t(`status.wallet.${option.value}`) }));
  return <SelectFilter id="filter-status" name={name} label={t('filters.status')} value={value} allLabel={t('filters.allStatuses')} options={options} />;
}
