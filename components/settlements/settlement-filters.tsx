import { useTranslations } from 'next-intl';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';

/** The settlements list's wallet filter, kept in the URL. */
export function SettlementFilters({ walletUuid, wallets }: { walletUuid?: string; wallets: { walletUuid: string; label: string }[] }) {
  const t = useTranslations('settlements');
  return (
    <FilterForm label={t('filter')} clearHref="/dashboard/settlements" values={{ wallet_uuid: walletUuid }}>
      <SelectFilter
        id="filter-wallet"
        name="wallet_uuid"
        label={t('wallet')}
        value={walletUuid}
        allLabel={t('allWallets')}
        options={wallets.map((wallet) => ({ value: wallet.walletUuid, label: wallet.label }))}
      />
    </FilterForm>
  );
}
