import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { formatMoney } from '@/components/ui/format';
import { SectionCard } from '@/components/ui/section-card';
import type { AccountConfiguration } from '@/lib/management/account-configuration';

/**
 * What the platform set up for the account, read-only for its members (operators change it in
 * /admin): the contracted products with their quotas and use, each merchant's price per method,
 * and the default payout destination.
 */
export function AccountContract({ configuration, locale }: { configuration: AccountConfiguration; locale: string }) {
  const t = useTranslations('settings');
  const products = useTranslations('adminAccounts.productNames');
  const methods = useTranslations('chargeMethods');
  const destination = configuration.configurations.payoutDestination as { type_payout?: string; pix_destination?: { pix_address_key?: string }; bank_destination?: { bank_code?: string; branch?: string; account?: string; account_digit?: string } } | null;
  return (
    <>
      <SectionCard id="products" title={t('productsTitle')}>
        <p className="px-4 pt-3 text-sm text-slate-600">{t('productsDescription')}</p>
        <DataTable
          rows={configuration.products}
          rowKey={(row) => row.product}
          rowLabel={(row) => products(row.product)}
          empty={t('noProducts')}
          columns={[
            { header: t('product'), className: 'font-medium', cell: (row) => products(row.product) },
            { header: t('inUse'), cell: (row) => row.inUse },
            { header: t('quota'), cell: (row) => row.quota ?? t('unlimited') },
          ]}
        />
      </SectionCard>
      <SectionCard id="pricing" title={t('pricingTitle')}>
        <p className="px-4 pt-3 text-sm text-slate-600">{t('pricingDescription')}</p>
        {configuration.merchants.map((merchant) => (
          <div key={merchant.merchantUuid} className="px-4 py-3">
            <h3 className="mb-2 text-sm font-semibold">{merchant.name}</h3>
            <DataTable
              rows={merchant.pricing}
              rowKey={(row) => row.typeCharge}
              rowLabel={(row) => `${merchant.name} ${methods(row.typeCharge)}`}
              empty={t('noProducts')}
              columns={[
                { header: t('method'), cell: (row) => methods(row.typeCharge) },
                { header: t('rate'), cell: (row) => `${(row.percentBps / 100).toLocaleString(locale, { maximumFractionDigits: 2 })}%` },
                { header: t('fixedFee'), cell: (row) => formatMoney(row.fixedMinor, 'BRL', locale) },
                { header: t('availableAfter'), cell: (row) => (row.settlementDelayDays === null ? t('atOnce') : t('businessDays', { days: row.settlementDelayDays })) },
              ]}
            />
          </div>
        ))}
      </SectionCard>
      <SectionCard id="payout-destination" title={t('payoutDestinationTitle')}>
        <p className="px-4 py-3 text-sm" data-testid="payout-destination">
          {destination?.type_payout === 'pix'
            ? t('payoutToPix', { key: destination.pix_destination?.pix_address_key ?? '' })
            : destination?.bank_destination
              ? t('payoutToBank', {
                  bank: destination.bank_destination.bank_code ?? '',
                  branch: destination.bank_destination.branch ?? '',
                  account: `${destination.bank_destination.account ?? ''}-${destination.bank_destination.account_digit ?? ''}`,
                })
              : t('payoutNone')}
        </p>
      </SectionCard>
    </>
  );
}
