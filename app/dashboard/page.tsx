import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChargeVolume } from '@/components/charges/charge-volume';
import { CurrencyBalances } from '@/components/ledger/currency-balances';
import { IntegrityVerdict } from '@/components/ledger/integrity-verdict';
import { PageHeader } from '@/components/shell/page-header';
import { SectionCard } from '@/components/ui/section-card';
import { getDb } from '@/db/client';
import { getAccount, listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { chargeVolumeByDay } from '@/lib/charges/volume';
import { getFormatting } from '@/lib/i18n/formatting';
import { accountBalancesByCurrency } from '@/lib/ledger/balances';
import { checkIntegrity } from '@/lib/ledger/integrity';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') };
}

const VOLUME_DAYS = 30;

export default async function OverviewPage() {
  const user = await requireUser();
  const db = await getDb();
  const caller = callerFromUser(user);
  const formatting = await getFormatting();
  const [account, merchants, balances, volumes, integrity, t] = await Promise.all([
    getAccount(db, user.entityUuid),
    listMerchants(db, caller),
    accountBalancesByCurrency(db, caller),
    chargeVolumeByDay(db, caller, { days: VOLUME_DAYS, timeZone: formatting.timeZone }),
    checkIntegrity(db, { entityUuid: caller.entityUuid }),
    getTranslations('overview'),
  ]);

  return (
    <>
      <PageHeader title={t('title')} description={account ? t('entity', { account: account.name, entity: account.entityUuid }) : undefined} />
      <SectionCard id="balances" title={t('balances')}>
        <CurrencyBalances rows={balances} />
      </SectionCard>
      <SectionCard id="volume" title={t('volume', { days: VOLUME_DAYS })}>
        <ChargeVolume volumes={volumes} days={VOLUME_DAYS} />
      </SectionCard>
      <SectionCard id="integrity" title={t('integrity')}>
        <IntegrityVerdict report={integrity} />
      </SectionCard>
      <SectionCard id="merchants" title={t('merchants')}>
        {merchants.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">{t('noMerchants')}</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="text-left text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">{t('name')}</th>
                <th className="px-4 py-2 font-medium">{t('softDescriptor')}</th>
                <th className="px-4 py-2 font-medium">{t('merchantId')}</th>
              </tr>
            </thead>
            <tbody>
              {merchants.map((m) => (
                <tr key={m.merchantUuid} className="border-t border-slate-100">
                  <td className="px-4 py-2">{m.name}</td>
                  <td className="px-4 py-2 font-mono text-xs">{m.softDescription}</td>
                  <td className="px-4 py-2 font-mono text-xs text-slate-600">{m.merchantUuid}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </SectionCard>
    </>
  );
}
