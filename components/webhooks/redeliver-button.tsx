'use client';

import { useRouter } from 'next/navigation';
import { redeliverAction } from '@/app/dashboard/developers/webhooks/actions';
import { ActionButton } from '@/components/ui/action-button';

/** "Send again": queues a new delivery of the same body and opens it. */
export function RedeliverButton({ deliveryUuid }: { deliveryUuid: string }) {
  const router = useRouter();
  return (
    <ActionButton
      variant="primary"
      align="end"
      label="Send again"
      pendingLabel="Sending…"
      run={() => redeliverAction({ delivery_uuid: deliveryUuid })}
      onSuccess={(data) => router.push(`/dashboard/developers/webhooks/deliveries/${data.deliveryUuid}`)}
    />
  );
}
