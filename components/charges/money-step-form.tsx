'use client';

import { useLocale } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { ConfirmDialog, type Confirmation } from '@/components/ui/confirm-dialog';
import { buttonClass, Field, FormError, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { formatBalance } from '@/components/ui/format';
import { toCanonicalDecimal, toLocaleDecimal } from '@/components/ui/locale-decimal';
import type { ActionResult } from '@/lib/actions/run-action';
import type { WalletCurrency } from '@/lib/money/currency';

const CANONICAL = /^\d+(\.\d+)?$/;

export interface MoneyStepLabels {
  form: string;
  submit: string;
  pending: string;
  amount: string;
  amountHint?: string;
  invalidAmount: string;
  reason?: string;
  done: string;
  confirm: (amountShown: string) => Confirmation;
}

/**
 * One money step on a charge (capture, refund): an amount typed the reader's way ("1.234,50" in
 * pt-BR), optionally a reason, then a confirmation naming the amount before the server action runs.
 * An empty amount sends none (the service's default: all that was authorized, or all that remains).
 */
export function MoneyStepForm({
  labels,
  currency,
  defaultAmount,
  shownWhenEmpty,
  variant = 'primary',
  run,
}: {
  labels: MoneyStepLabels;
  currency: WalletCurrency;
  /** Canonical decimal text the input starts with, or '' for none. */
  defaultAmount: string;
  /** Canonical decimal text the confirmation names when the input is left empty. */
  shownWhenEmpty: string;
  variant?: 'primary' | 'secondary';
  run: (values: { amount?: string; reason?: string }) => Promise<ActionResult<unknown>>;
}) {
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [amount, setAmount] = useState(defaultAmount ? toLocaleDecimal(defaultAmount, locale) : '');
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<{ amount?: string } | null>(null);
  const [error, setError] = useState<{ message: string; amount?: string } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();

  function ask(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const canonical = amount.trim() === '' ? undefined : toCanonicalDecimal(amount, locale);
    if (canonical !== undefined && !CANONICAL.test(canonical)) return setError({ message: labels.invalidAmount, amount: labels.invalidAmount });
    setError(null);
    setAsking({ amount: canonical });
  }

  function go(values: { amount?: string }) {
    setAsking(null);
    startTransition(async () => {
      const result = await run({ amount: values.amount, reason: reason.trim() || undefined });
      if (!result.ok) return setError({ message: result.error.message, amount: result.error.fields.amount });
      setDone(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={ask} aria-label={labels.form} className="flex flex-wrap items-end gap-3" noValidate>
      <Field id={`${id}-amount`} label={labels.amount} hint={labels.amountHint} error={error?.amount}>
        <input
          id={`${id}-amount`}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          aria-invalid={!!error?.amount}
          aria-describedby={error?.amount ? `${id}-amount-error` : undefined}
          className={`${inputClass} w-40`}
        />
      </Field>
      {labels.reason ? (
        <Field id={`${id}-reason`} label={labels.reason}>
          <input id={`${id}-reason`} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} className={`${inputClass} w-64`} />
        </Field>
      ) : null}
      <button type="submit" className={variant === 'primary' ? buttonClass : secondaryButtonClass} disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </button>
      <div className="basis-full empty:hidden">
        {error && !error.amount ? <FormError message={error.message} /> : null}
        {done ? (
          <p role="status" className="text-sm text-emerald-700">
            {labels.done}
          </p>
        ) : null}
      </div>
      {asking ? (
        <ConfirmDialog confirmation={labels.confirm(formatBalance(asking.amount ?? shownWhenEmpty, currency, locale))} onConfirm={() => go(asking)} onCancel={() => setAsking(null)} />
      ) : null}
    </form>
  );
}
