import { useTranslations } from 'next-intl';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { PAYOUT_STATUSES } from '@/db/schema';

export interface PayoutFilterValues {
  status?: string;
  wallet_uuid?: string;
}

/** The payouts list's filters, kept in the URL: status and wallet. */
export function PayoutFilters({ filters, wallets }: { filters: PayoutFilterValues; wallets: { walletUuid: string; label: string }[] }) {
  const t = useTranslations();
  return (
    <FilterForm label={t('payouts.filter')} clearHref="/dashboard/payouts" values={{ ...filters }}>
      <SelectFilter
        id="filter-status"
        name="status"
        label={t('filters.status')}
        value={filters.status}
        allLabel={t('filters.allStatuses')}
        options={PAYOUT_STATUSES.map((status) => ({ value: status, label: t(`payouts.status.${status}`) }))}
      />
      <SelectFilter
        id="filter-wallet"
        name="wallet_uuid"
        label={t('payouts.wallet')}
        value={filters.wallet_uuid}
        allLabel={t('payouts.allWallets')}
        options={wallets.map((wallet) => ({ value: wallet.walletUuid, label: wallet.label }))}
      />
    </FilterForm>
  );
}
