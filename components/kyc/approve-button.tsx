'use client';

import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

/** Answers only when it fails: on success the action takes the operator back to the queue. */
export type ApproveKycAction = (walletKey: string) => Promise<ActionResult<unknown>>;

/** Approves the wallet after a confirmation; a colleague's earlier decision comes back as the 409's message. */
export function ApproveButton({ walletKey, ownerName, approve }: { walletKey: string; ownerName: string; approve: ApproveKycAction }) {
  return (
    <ActionButton
      variant="primary"
      label="Approve"
      pendingLabel="Approving…"
      confirm={{
        title: `Approve ${ownerName}?`,
        message: 'The decision is final: the wallet becomes active, and the merchant and its webhook receivers are told.',
        confirmLabel: 'Approve wallet',
      }}
      run={() => approve(walletKey)}
    />
  );
}
