'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { revokeCredentialsAction, rotateCredentialsAction } from '@/app/dashboard/developers/actions';
import type { CredentialsRow } from '@/app/dashboard/developers/rows';
import { secondaryButtonClass } from '@/components/ui/field';
import { clientCredentials, SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';

/** Every credential of the account: enough to recognise each one, never a secret. */
export function CredentialsTable({ rows }: { rows: CredentialsRow[] }) {
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  if (rows.length === 0) {
    return <p className="px-4 py-6 text-sm text-slate-600">No credentials yet. Create some above to call the API.</p>;
  }
  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-slate-500">
            <tr>
              <th className="px-4 py-2 font-medium">Name</th>
              <th className="px-4 py-2 font-medium">Client ID</th>
              <th className="px-4 py-2 font-medium">Secret</th>
              <th className="px-4 py-2 font-medium">Scopes</th>
              <th className="px-4 py-2 font-medium">Created</th>
              <th className="px-4 py-2 font-medium">Last used</th>
              <th className="px-4 py-2 font-medium">Status</th>
              <th className="px-4 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <CredentialsTableRow key={row.clientId} row={row} onRotated={setRevealed} />
            ))}
          </tbody>
        </table>
      </div>
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}

function CredentialsTableRow({ row, onRotated }: { row: CredentialsRow; onRotated: (revealed: RevealedSecret) => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const rotate = () =>
    startTransition(async () => {
      setError(null);
      const result = await rotateCredentialsAction({ clientId: row.clientId });
      if (!result.ok) return setError(result.error.message);
      onRotated(
        clientCredentials(`New secret for ${row.name}`, result.data.client.clientId, result.data.clientSecret, {
          note: `The previous secret keeps working until ${result.data.client.previousSecretUntil}, so you can switch without downtime.`,
        }),
      );
      router.refresh();
    });

  const revoke = () =>
    startTransition(async () => {
      setError(null);
      const result = await revokeCredentialsAction({ clientId: row.clientId });
      setConfirmingRevoke(false);
      if (!result.ok) return setError(result.error.message);
      router.refresh();
    });

  return (
    <tr className="border-t border-slate-100 align-top" aria-label={row.name}>
      <td className="px-4 py-2 font-medium">
        {row.name}
        {row.walletUuid ? <span className="block text-xs font-normal text-slate-500">Wallet {row.walletUuid}</span> : null}
      </td>
      <td className="px-4 py-2 font-mono text-xs">{row.clientId}</td>
      <td className="px-4 py-2 font-mono text-xs">…{row.secretLastFour}</td>
      <td className="px-4 py-2 font-mono text-xs">{row.scopes.join(' ')}</td>
      <td className="px-4 py-2 text-slate-600">{row.created}</td>
      <td className="px-4 py-2 text-slate-600">{row.lastUsed ?? 'Never'}</td>
      <td className="px-4 py-2">
        {row.revoked ? (
          <span className="text-red-700">Revoked {row.revoked}</span>
        ) : (
          <span className="text-emerald-700">Active</span>
        )}
        {!row.revoked && row.previousSecretUntil ? (
          <span className="block text-xs text-slate-500">Previous secret valid until {row.previousSecretUntil}</span>
        ) : null}
        {error ? (
          <span role="alert" className="block text-xs text-red-700">
            {error}
          </span>
        ) : null}
      </td>
      <td className="px-4 py-2">
        {row.revoked ? null : confirmingRevoke ? (
          <div className="flex gap-2">
            <button type="button" className={secondaryButtonClass} disabled={pending} onClick={revoke}>
              Confirm revoke {row.name}
            </button>
            <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => setConfirmingRevoke(false)}>
              Keep
            </button>
          </div>
        ) : (
          <div className="flex gap-2">
            <button type="button" className={secondaryButtonClass} disabled={pending} onClick={rotate} aria-label={`Rotate secret of ${row.name}`}>
              Rotate secret
            </button>
            <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => setConfirmingRevoke(true)} aria-label={`Revoke ${row.name}`}>
              Revoke
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
