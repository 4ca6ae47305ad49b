'use client';

import { useState, useTransition } from 'react';
import { approveKycAction } from '@/app/admin/kyc/actions';
import { buttonClass } from '@/components/ui/field';

/** Approves the wallet; a colleague's earlier decision comes back as the 409's message. */
export function ApproveButton({ walletKey }: { walletKey: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function approve() {
    setError(null);
    startTransition(async () => {
      const result = await approveKycAction(walletKey);
      if (!result.ok) setError(result.error.message);
    });
  }

  return (
    <div className="flex flex-col gap-2">
      <button type="button" className={`${buttonClass} self-start`} onClick={approve} disabled={pending}>
        {pending ? 'Approving…' : 'Approve'}
      </button>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
