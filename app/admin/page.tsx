import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { listAccountsForOperators } from '@/lib/accounts/queries';
import { operatorFromSession } from '@/lib/auth/session';
import { countPendingKyc } from '@/lib/kyc/queue';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('admin') };
}

export default async function AdminPage() {
  const operator = await operatorFromSession();
  const db = await getDb();
  const [accounts, pendingKyc, t, nav] = await Promise.all([
    listAccountsForOperators(db, operator),
    countPendingKyc(db, operator),
    getTranslations('admin'),
    getTranslations('nav'),
  ]);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <section className="mb-8 rounded-lg border border-slate-200 bg-white">
        <h2 className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">{t('accounts')}</h2>
        <table className="w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">{t('account')}</th>
              <th className="px-4 py-2 font-medium">{t('entityId')}</th>
              <th className="px-4 py-2 text-right font-medium">{t('merchants')}</th>
              <th className="px-4 py-2 text-right font-medium">{t('logins')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.entityUuid} className="border-t border-slate-100">
                <td className="px-4 py-2">{a.name}</td>
                <td className="px-4 py-2 font-mono text-xs text-slate-600">{a.entityUuid}</td>
                <td className="px-4 py-2 text-right">{a.merchants ?? 0}</td>
                <td className="px-4 py-2 text-right">{a.users ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 className="mb-1 font-semibold">{nav('kycReview')}</h2>
        <p>
          <Link href="/admin/kyc" className="text-brand-700 hover:underline">
            {t('pendingKyc', { count: pendingKyc })}
          </Link>
        </p>
      </section>
    </>
  );
}
