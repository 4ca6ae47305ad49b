import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { getAccount, listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Overview' };

export default async function OverviewPage() {
  const user = await requireUser();
  const db = await getDb();
  const [account, merchants] = await Promise.all([getAccount(db, user.entityUuid), listMerchants(db, callerFromUser(user))]);

  return (
    <>
      <PageHeader title="Overview" description={account ? `${account.name} · entity ${account.entityUuid}` : undefined} />
      <section className="mb-8 rounded-lg border border-slate-200 bg-white">
        <h2 className="border-b border-slate-200 px-4 py-3 text-sm font-semibold">Merchants</h2>
        {merchants.length === 0 ? (
          <p className="px-4 py-6 text-sm text-slate-600">This account has no merchants yet.</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="text-left text-slate-500">
              <tr>
                <th className="px-4 py-2 font-medium">Name</th>
                <th className="px-4 py-2 font-medium">Soft descriptor</th>
                <th className="px-4 py-2 font-medium">merchant_uuid</th>
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
      <NotBuiltYet area="Balances, charges and settlements" />
    </>
  );
}
