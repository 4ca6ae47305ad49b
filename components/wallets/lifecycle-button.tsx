'use client';

import { deactivateWalletAction, reactivateWalletAction } from '@/app/dashboard/wallets/actions';
import { ActionButton } from '@/components/ui/action-button';

/** Deactivates an active wallet or reactivates a deactivated one, then refreshes the page's data. */
export function LifecycleButton({ walletUuid, status }: { walletUuid: string; status: string }) {
  if (status === 'active') {
    return (
      <ActionButton
        align="end"
        label="Deactivate wallet"
        confirm="Deactivate this wallet? It will accept no new charges until reactivated."
        run={() => deactivateWalletAction({ wallet_uuid: walletUuid })}
      />
    );
  }
  if (status === 'deactivated') {
    return <ActionButton align="end" label="Reactivate wallet" run={() => reactivateWalletAction({ wallet_uuid: walletUuid })} />;
  }
  return null;
}
