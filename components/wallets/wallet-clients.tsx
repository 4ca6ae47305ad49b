import { formatDateTime } from './format';

interface WalletClient {
  clientId: string;
  secretLastFour: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The wallet's own API clients: enough to recognise each one, never a secret. */
export function WalletClients({ clients }: { clients: WalletClient[] }) {
  if (clients.length === 0) {
    return <p className="px-4 py-6 text-sm text-slate-600">No credentials act for this wallet alone; account credentials reach it.</p>;
  }
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-slate-500">
        <tr>
          <th className="px-4 py-2 font-medium">Client ID</th>
          <th className="px-4 py-2 font-medium">Secret</th>
          <th className="px-4 py-2 font-medium">Scopes</th>
          <th className="px-4 py-2 font-medium">Created</th>
          <th className="px-4 py-2 font-medium">Last used</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((c) => (
          <tr key={c.clientId} className="border-t border-slate-100">
            <td className="px-4 py-2 font-mono text-xs">{c.clientId}</td>
            <td className="px-4 py-2 font-mono text-xs">…{c.secretLastFour}</td>
            <td className="px-4 py-2 font-mono text-xs">{c.scopes.join(' ')}</td>
            <td className="px-4 py-2 text-slate-600">{formatDateTime(c.createdAt)}</td>
            <td className="px-4 py-2 text-slate-600">
              {c.revokedAt ? `Revoked ${formatDateTime(c.revokedAt)}` : c.lastUsedAt ? formatDateTime(c.lastUsedAt) : 'Never'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
