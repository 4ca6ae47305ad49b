'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field, FormError, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { kycRejectionSchema, REASON_MAX, type KycRejectionInput } from '@/lib/kyc/schemas';

/** Answers only when it fails: on success the action takes the operator back to the queue. */
export type RejectKycAction = (walletKey: string, input: KycRejectionInput) => Promise<ActionResult<unknown>>;

/** Rejects the wallet, after a confirmation, with the reason the merchant and its webhook receiver will read. */
export function RejectForm({ walletKey, ownerName, reject }: { walletKey: string; ownerName: string; reject: RejectKycAction }) {
  const [confirming, setConfirming] = useState<KycRejectionInput | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    form: {
      register,
      handleSubmit,
      formState: { errors },
    },
    formError,
    submitAction,
  } = useActionForm<KycRejectionInput>({ resolver: zodResolver(kycRejectionSchema, undefined, { raw: true }), defaultValues: { reason: '' } });

  function onConfirm(values: KycRejectionInput) {
    setConfirming(null);
    startTransition(async () => {
      await submitAction(reject(walletKey, values));
    });
  }

  return (
    <form onSubmit={handleSubmit(setConfirming)} aria-label="Reject wallet" className="flex flex-col gap-3" noValidate>
      <Field id="rejection-reason" label="Reason for rejection" error={errors.reason?.message} hint={`Shown to the merchant; up to ${REASON_MAX} characters.`}>
        <textarea
          id="rejection-reason"
          rows={3}
          maxLength={REASON_MAX}
          className={inputClass}
          aria-invalid={!!errors.reason}
          aria-describedby={errors.reason ? 'rejection-reason-error' : undefined}
          {...register('reason')}
        />
      </Field>
      <button type="submit" className={`${secondaryButtonClass} self-start text-red-700`} disabled={pending}>
        {pending ? 'Rejecting…' : 'Reject'}
      </button>
      <FormError message={formError} />
      {confirming ? (
        <ConfirmDialog
          confirmation={{
            title: `Reject ${ownerName}?`,
            message: 'The decision is final: the merchant and its webhook receivers are told, with your reason.',
            confirmLabel: 'Reject wallet',
            destructive: true,
          }}
          onConfirm={() => onConfirm(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </form>
  );
}
