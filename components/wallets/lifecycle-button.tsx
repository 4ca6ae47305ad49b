'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

type LifecycleAction = (input: { wallet_uuid: string }) => Promise<ActionResult<{ status: string }>>;

export interface LifecycleActions {
  deactivate: LifecycleAction;
  reactivate: LifecycleAction;
}

/** Deactivates an active wallet or reactivates a deactivated one, each after a confirmation, then refreshes the page's data. */
export function LifecycleButton({ walletUuid, status, actions }: { walletUuid: string; status: string; actions: LifecycleActions }) {
  if (status === 'active') {
    return (
      <ActionButton
        align="end"
        label="Deactivate wallet"
        confirm={{
          title: 'Deactivate this wallet?',
          message: 'It will accept no new charges until reactivated.',
          confirmLabel: 'Deactivate',
          destructive: true,
        }}
        run={() => actions.deactivate({ wallet_uuid: walletUuid })}
      />
    );
  }
  if (status === 'deactivated') {
    return (
      <ActionButton
        align="end"
        label="Reactivate wallet"
        confirm={{ title: 'Reactivate this wallet?', message: 'It will accept charges again.', confirmLabel: 'Reactivate' }}
        run={() => actions.reactivate({ wallet_uuid: walletUuid })}
      />
    );
  }
  return null;
}
