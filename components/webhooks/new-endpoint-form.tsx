'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, FormError } from '@/components/ui/field';
import { SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { createEndpointSchema, type CreateEndpointFormValues } from '@/lib/webhooks/schemas';
import type { EndpointBody } from '@/lib/webhooks/serialize';
import { ENDPOINT_FIELD_NAMES, EndpointFields } from './endpoint-fields';
import { signingSecretReveal } from './signing-secret-reveal';

export type CreateEndpointAction = (input: CreateEndpointFormValues, idempotencyKey: string) => Promise<ActionResult<{ endpoint: EndpointBody; signingSecret: string }>>;

const EMPTY: CreateEndpointFormValues = { url: '', webhook_key: '', events: [], format: 'platform', description: '' };

/** A new endpoint; its signing secret is revealed once when it is created. */
export function NewEndpointForm({ createEndpoint }: { createEndpoint: CreateEndpointAction }) {
  const t = useTranslations('webhooks');
  const router = useRouter();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const submitOnce = useSubmitOnce();
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    formError,
    submitAction,
  } = useActionForm<CreateEndpointFormValues>(
    { resolver: zodResolver(createEndpointSchema), defaultValues: EMPTY },
    { fieldFor: (field) => ENDPOINT_FIELD_NAMES.find((n) => field === n || field.startsWith(`${n}.`)) },
  );

  async function onSubmit(values: CreateEndpointFormValues) {
    setNotice(null);
    const result = await submitAction(submitOnce(values, (key) => createEndpoint(values, key)));
    if (!result?.ok) return;
    reset(EMPTY);
    router.refresh();
    if (result.replayed) {
      setNotice(t('endpointReplayed', { url: result.data.endpoint.url }));
      return;
    }
    setRevealed(signingSecretReveal(t, t('endpointCreated', { url: result.data.endpoint.url }), result.data.endpoint, result.data.signingSecret));
  }

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('newEndpoint')} className="flex max-w-2xl flex-col gap-4" noValidate>
        <EndpointFields idPrefix="new-endpoint" register={register} errors={errors} />
        <FormError message={formError} />
        {notice ? (
          <p role="status" className="text-sm text-slate-700">
            {notice}
          </p>
        ) : null}
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? t('creating') : t('createEndpoint')}
          </button>
        </div>
      </form>
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}
