'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createEndpointAction } from '@/app/dashboard/developers/webhooks/actions';
import { buttonClass, FormError } from '@/components/ui/field';
import { SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { createEndpointSchema, type CreateEndpointFormValues } from '@/lib/webhooks/schemas';
import { ENDPOINT_FIELD_NAMES, EndpointFields } from './endpoint-fields';
import { signingSecretReveal } from './signing-secret-reveal';

const EMPTY: CreateEndpointFormValues = { url: '', webhook_key: '', events: [], format: 'platform', description: '' };

/** A new endpoint; its signing secret is revealed once when it is created. */
export function NewEndpointForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submitOnce = useSubmitOnce();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateEndpointFormValues>({ resolver: zodResolver(createEndpointSchema), defaultValues: EMPTY });

  async function onSubmit(values: CreateEndpointFormValues) {
    setFormError(null);
    setNotice(null);
    const result = await submitOnce(values, (key) => createEndpointAction(values, key));
    if (!result) return;
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.error.fields)) {
        const name = ENDPOINT_FIELD_NAMES.find((n) => field === n || field.startsWith(`${n}.`));
        if (name) setError(name, { message });
      }
      setFormError(result.error.message);
      return;
    }
    reset(EMPTY);
    router.refresh();
    if (result.replayed) {
      setNotice(`The endpoint ${result.data.endpoint.url} was created by your earlier submit; its signing secret was shown only then. Rotate it if you did not keep it.`);
      return;
    }
    setRevealed(signingSecretReveal(`Endpoint created: ${result.data.endpoint.url}`, result.data.endpoint, result.data.signingSecret));
  }

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} aria-label="New endpoint" className="flex max-w-2xl flex-col gap-4" noValidate>
        <EndpointFields idPrefix="new-endpoint" register={register} errors={errors} />
        <FormError message={formError} />
        {notice ? (
          <p role="status" className="text-sm text-slate-700">
            {notice}
          </p>
        ) : null}
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? 'Creating…' : 'Create endpoint'}
          </button>
        </div>
      </form>
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}
