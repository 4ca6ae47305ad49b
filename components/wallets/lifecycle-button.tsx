'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { deactivateWalletAction, reactivateWalletAction } from '@/app/dashboard/wallets/actions';
import { secondaryButtonClass } from '@/components/ui/field';

/** Deactivates an active wallet or reactivates a deactivated one, then refreshes the page's data. */
export function LifecycleButton({ walletUuid, status }: { walletUuid: string; status: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const action = status === 'active' ? 'deactivate' : status === 'deactivated' ? 'reactivate' : null;
  if (!action) return null;

  return (
    <div className="flex flex-col items-end gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            if (action === 'deactivate' && !window.confirm('Deactivate this wallet? It will accept no new charges until reactivated.')) return;
            setError(null);
            const run = action === 'deactivate' ? deactivateWalletAction : reactivateWalletAction;
            const result = await run({ wallet_uuid: walletUuid });
            if (!result.ok) setError(result.error.message);
            router.refresh();
          })
        }
      >
        {action === 'deactivate' ? 'Deactivate wallet' : 'Reactivate wallet'}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
