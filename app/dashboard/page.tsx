import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { getAccount, listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') };
}

export default async function OverviewPage() {
  const user = await requireUser();
  const db = await getDb();
  const [account, merchants, t] = await Promise.all([getAccount(db, user.entityUuid), listMerchants(db, callerFromUser(user)), getTranslations('overview')]);

  return (
    <>
      <PageHeader title={t('title')} description={account ? t('entity', { account: account.name, entity: account.entityUuid }) : undefined} />
      <section className="mb-8 rounded-lg border border-slate-200 bg-white">
        <h2 className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">{t('merchants')}</h2>
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
      </section>
      <NotBuiltYet area={t('balancesArea')} />
    </>
  );
}
