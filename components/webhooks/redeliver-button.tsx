'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { redeliverAction } from '@/app/dashboard/developers/webhooks/actions';
import { buttonClass } from '@/components/ui/field';

/** "Send again": queues a new delivery of the same body and opens it. */
export function RedeliverButton({ deliveryUuid }: { deliveryUuid: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        className={buttonClass}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await redeliverAction({ delivery_uuid: deliveryUuid });
            if (!result.ok) return setError(result.error.message);
            router.push(`/dashboard/developers/webhooks/deliveries/${result.data.deliveryUuid}`);
          })
        }
      >
        {pending ? 'Sending…' : 'Send again'}
      </button>
      {error ? (
        <p role="alert" className="max-w-xs text-right text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
