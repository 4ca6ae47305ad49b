'use client';

import { approveKycAction } from '@/app/admin/kyc/actions';
import { ActionButton } from '@/components/ui/action-button';

/** Approves the wallet and returns to the queue; a colleague's earlier decision comes back as the 409's message. */
export function ApproveButton({ walletKey }: { walletKey: string }) {
  return <ActionButton variant="primary" label="Approve" pendingLabel="Approving…" run={() => approveKycAction(walletKey)} />;
}
