'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

type LifecycleAction = (input: { wallet_uuid: string }) => Promise<ActionResult<{ status: string }>>;

export interface LifecycleActions {
  deactivate: LifecycleAction;
  reactivate: LifecycleAction;
}

/** Deactivates an active wallet or reactivates a deactivated one, each after a confirmation, then refreshes the page's data. */
export function LifecycleButton({ walletUuid, status, actions }: { walletUuid: string; status: string; actions: LifecycleActions }) {
  const t = useTranslations('lifecycle');
  if (status === 'active') {
    return (
      <ActionButton
        align="end"
        label={t('deactivate')}
        confirm={{
          title: t('deactivateTitle'),
          message: t('deactivateMessage'),
          confirmLabel: t('deactivateConfirm'),
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
        label={t('reactivate')}
        confirm={{ title: t('reactivateTitle'), message: t('reactivateMessage'), confirmLabel: t('reactivateConfirm') }}
        run={() => actions.reactivate({ wallet_uuid: walletUuid })}
      />
    );
  }
  return null;
}
