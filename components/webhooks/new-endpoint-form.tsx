'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createEndpointAction } from '@/app/dashboard/developers/webhooks/actions';
import { buttonClass, FormError } from '@/components/ui/field';
import { SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { createEndpointSchema, type CreateEndpointFormValues } from '@/lib/webhooks/schemas';
import { ENDPOINT_FIELD_NAMES, EndpointFields } from './endpoint-fields';
import { signingSecretReveal } from './signing-secret-reveal';

const EMPTY: CreateEndpointFormValues = { url: '', webhook_key: '', events: [], format: 'platform', description: '' };

/** A new endpoint; its signing secret is revealed once when it is created. */
export function NewEndpointForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateEndpointFormValues>({ resolver: zodResolver(createEndpointSchema), defaultValues: EMPTY });

  async function onSubmit(values: CreateEndpointFormValues) {
    setFormError(null);
    const result = await createEndpointAction(values);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.error.fields)) {
        const name = ENDPOINT_FIELD_NAMES.find((n) => field === n || field.startsWith(`${n}.`));
        if (name) setError(name, { message });
      }
      setFormError(result.error.message);
      return;
    }
    reset(EMPTY);
    setRevealed(signingSecretReveal(`Endpoint created: ${result.data.endpoint.url}`, result.data.endpoint, result.data.signingSecret));
    router.refresh();
  }

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} aria-label="New endpoint" className="flex max-w-2xl flex-col gap-4" noValidate>
        <EndpointFields idPrefix="new-endpoint" register={register} errors={errors} />
        <FormError message={formError} />
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
