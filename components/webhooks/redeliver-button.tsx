'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

export type RedeliverAction = (input: { delivery_uuid: string }) => Promise<ActionResult<{ deliveryUuid: string }>>;

/** "Send again": queues a new delivery of the same body and opens it. */
export function RedeliverButton({ deliveryUuid, redeliver }: { deliveryUuid: string; redeliver: RedeliverAction }) {
  const t = useTranslations('webhooks');
  const router = useRouter();
  return (
    <ActionButton
      variant="primary"
      align="end"
      label={t('sendAgain')}
      pendingLabel={t('sending')}
      run={() => redeliver({ delivery_uuid: deliveryUuid })}
      onSuccess={(data) => router.push(`/dashboard/developers/webhooks/deliveries/${data.deliveryUuid}`)}
    />
  );
}
