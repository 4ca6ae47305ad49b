'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/run-action';
import { ConfirmDialog, type Confirmation } from './confirm-dialog';
import { buttonClass, secondaryButtonClass } from './field';

export interface ActionButtonProps<T> {
  label: string;
  pendingLabel?: string;
  /** An accessible name when several such buttons share a page (e.g. "Enable https://…"). */
  ariaLabel?: string;
  variant?: 'primary' | 'secondary';
  align?: 'start' | 'end';
  /** Asked in a confirmation dialog first; cancelling runs nothing. */
  confirm?: Confirmation;
  /** A server action; one that redirects on success never returns here. */
  run: () => Promise<ActionResult<T>>;
  /** What success does; by default the page's server data is refreshed. */
  onSuccess?: (data: T) => void;
}

/** A button that runs one server action, then refreshes (or `onSuccess`) or shows the action's error under itself. */
export function ActionButton<T>({ label, pendingLabel, ariaLabel, variant = 'secondary', align = 'start', confirm, run, onSuccess }: ActionButtonProps<T>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const go = () =>
    startTransition(async () => {
      setAsking(false);
      setError(null);
      const result = await run();
      if (!result.ok) return setError(result.error.message);
      if (onSuccess) onSuccess(result.data);
      else router.refresh();
    });

  return (
    <div className={`flex flex-col gap-1 ${align === 'end' ? 'items-end text-right' : 'items-start'}`}>
      <button
        type="button"
        className={variant === 'primary' ? buttonClass : secondaryButtonClass}
        disabled={pending}
        aria-label={ariaLabel}
        onClick={() => (confirm ? setAsking(true) : go())}
      >
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      {asking && confirm ? <ConfirmDialog confirmation={confirm} onConfirm={go} onCancel={() => setAsking(false)} /> : null}
      {error ? (
        <p role="alert" className="max-w-xs text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
