'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

/** Answers only when it fails: on success the action takes the operator back to the queue. */
export type ApproveKycAction = (walletKey: string) => Promise<ActionResult<unknown>>;

/** Approves the wallet after a confirmation; a colleague's earlier decision comes back as the 409's message. */
export function ApproveButton({ walletKey, ownerName, approve }: { walletKey: string; ownerName: string; approve: ApproveKycAction }) {
  const t = useTranslations('kyc');
  return (
    <ActionButton
      variant="primary"
      label={t('approve')}
      pendingLabel={t('approving')}
      confirm={{
        title: t('approveTitle', { owner: ownerName }),
        message: t('approveMessage'),
        confirmLabel: t('approveConfirm'),
      }}
      run={() => approve(walletKey)}
    />
  );
}
