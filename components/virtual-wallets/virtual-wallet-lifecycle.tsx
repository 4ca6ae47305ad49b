'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';
import type { VirtualWalletActionInput } from '@/lib/virtual-wallets/action-schemas';

type LifecycleAction = (input: VirtualWalletActionInput) => Promise<ActionResult<{ status: string }>>;

/** Deactivates an active virtual wallet or reactivates a deactivated one, each after a confirmation. */
export function VirtualWalletLifecycle({
  target,
  status,
  actions,
}: {
  target: VirtualWalletActionInput;
  status: string;
  actions: { deactivate: LifecycleAction; reactivate: LifecycleAction };
}) {
  const t = useTranslations('virtualWallets.lifecycle');
  if (status === 'active') {
    return (
      <ActionButton
        align="end"
        label={t('deactivate')}
        confirm={{ title: t('deactivateTitle'), message: t('deactivateMessage'), confirmLabel: t('deactivateConfirm'), destructive: true }}
        run={() => actions.deactivate(target)}
      />
    );
  }
  return (
    <ActionButton
      align="end"
      label={t('reactivate')}
      confirm={{ title: t('reactivateTitle'), message: t('reactivateMessage'), confirmLabel: t('reactivateConfirm') }}
      run={() => actions.reactivate(target)}
    />
  );
}
