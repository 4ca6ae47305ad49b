import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { listAccountsForOperators } from '@/lib/accounts/queries';
import { operatorFromSession } from '@/lib/auth/session';
import { countPendingKyc } from '@/lib/kyc/queue';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const operator = await operatorFromSession();
  const db = await getDb();
  const [accounts, pendingKyc] = await Promise.all([listAccountsForOperators(db, operator), countPendingKyc(db, operator)]);

  return (
    <>
      <PageHeader title="Platform administration" description="Accounts on the platform and wallets waiting for KYC review." />
      <section className="mb-8 rounded-lg border border-slate-200 bg-white">
        <h2 className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">Accounts</h2>
        <table className="w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">Account</th>
              <th className="px-4 py-2 font-medium">entity_uuid</th>
              <th className="px-4 py-2 text-right font-medium">Merchants</th>
              <th className="px-4 py-2 text-right font-medium">Logins</th>
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
        <h2 className="mb-1 font-semibold">KYC review</h2>
        <p>
          <Link href="/admin/kyc" className="text-brand-700 hover:underline">
            {pendingKyc === 1 ? '1 credit wallet waits for review' : `${pendingKyc} credit wallets wait for review`}
          </Link>
        </p>
      </section>
    </>
  );
}
