'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
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
  const t = useTranslations('kyc');
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
    <form onSubmit={handleSubmit(setConfirming)} aria-label={t('rejectForm')} className="flex flex-col gap-3" noValidate>
      <Field id="rejection-reason" label={t('rejectReason')} error={errors.reason?.message} hint={t('rejectHint', { max: REASON_MAX })}>
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
        {pending ? t('rejecting') : t('reject')}
      </button>
      <FormError message={formError} />
      {confirming ? (
        <ConfirmDialog
          confirmation={{
            title: t('rejectTitle', { owner: ownerName }),
            message: t('rejectMessage'),
            confirmLabel: t('rejectConfirm'),
            destructive: true,
          }}
          onConfirm={() => onConfirm(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </form>
  );
}
