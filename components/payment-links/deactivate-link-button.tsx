'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

export type DeactivateLinkAction = (input: { payment_link_uuid: string }) => Promise<ActionResult<{ status: string }>>;

/** Switches a link off after a confirmation; its checkout then says it is no longer available. */
export function DeactivateLinkButton({ paymentLinkUuid, deactivate }: { paymentLinkUuid: string; deactivate: DeactivateLinkAction }) {
  const t = useTranslations('paymentLink');
  return (
    <ActionButton
      label={t('deactivate')}
      pendingLabel={t('deactivating')}
      confirm={{ title: t('deactivateTitle'), message: t('deactivateMessage'), confirmLabel: t('deactivateConfirm'), destructive: true }}
      run={() => deactivate({ payment_link_uuid: paymentLinkUuid })}
    />
  );
}
