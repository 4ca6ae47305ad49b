'use client';

import { useRouter } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

export type RedeliverAction = (input: { delivery_uuid: string }) => Promise<ActionResult<{ deliveryUuid: string }>>;

/** "Send again": queues a new delivery of the same body and opens it. */
export function RedeliverButton({ deliveryUuid, redeliver }: { deliveryUuid: string; redeliver: RedeliverAction }) {
  const router = useRouter();
  return (
    <ActionButton
      variant="primary"
      align="end"
      label="Send again"
      pendingLabel="Sending…"
      run={() => redeliver({ delivery_uuid: deliveryUuid })}
      onSuccess={(data) => router.push(`/dashboard/developers/webhooks/deliveries/${data.deliveryUuid}`)}
    />
  );
}
