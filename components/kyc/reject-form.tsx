'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { rejectKycAction } from '@/app/admin/kyc/actions';
import { Field, FormError, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { kycRejectionSchema, REASON_MAX, type KycRejectionInput } from '@/lib/kyc/schemas';

/** Rejects the wallet with the reason the merchant and its webhook receiver will read. */
export function RejectForm({ walletKey }: { walletKey: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<KycRejectionInput>({ resolver: zodResolver(kycRejectionSchema, undefined, { raw: true }), defaultValues: { reason: '' } });

  async function onSubmit(values: KycRejectionInput) {
    setFormError(null);
    const result = await rejectKycAction(walletKey, values);
    if (result.ok) return;
    if (result.error.fields.reason) setError('reason', { message: result.error.fields.reason });
    setFormError(result.error.message);
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label="Reject wallet" className="flex flex-col gap-3" noValidate>
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
      <button type="submit" className={`${secondaryButtonClass} self-start text-red-700`} disabled={isSubmitting}>
        {isSubmitting ? 'Rejecting…' : 'Reject'}
      </button>
      <FormError message={formError} />
    </form>
  );
}
