'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, Field, FormError, inputClass } from '@/components/ui/field';
import { useSubmitOnce } from '@/lib/idempotency/use-submit-once';
import { clientCredentials, SecretDialog, type RevealedSecret } from '@/components/ui/secret-dialog';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { createCredentialsSchema, type CreateCredentialsInput } from '@/lib/credentials/schemas';
import type { CredentialsRow } from './credentials-row';

export type CreateCredentialsAction = (input: CreateCredentialsInput, idempotencyKey: string) => Promise<ActionResult<{ client: CredentialsRow; clientSecret: string }>>;

/** Account-level credentials with the scopes the integration needs, revealed once on creation. */
export function CreateCredentialsForm({ scopes, createCredentials }: { scopes: { scope: string; description: string }[]; createCredentials: CreateCredentialsAction }) {
  const t = useTranslations();
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
  } = useActionForm<CreateCredentialsInput>(
    { resolver: zodResolver(createCredentialsSchema), defaultValues: { name: '', scopes: [] } },
    { fieldFor: (field) => (field === 'name' || field === 'scopes' ? field : undefined) },
  );

  async function onSubmit(values: CreateCredentialsInput) {
    setNotice(null);
    const result = await submitAction(submitOnce(values, (key) => createCredentials(values, key)));
    if (!result?.ok) return;
    reset();
    router.refresh();
    if (result.replayed) {
      setNotice(t('developers.newCredentialsReplayed', { name: result.data.client.name }));
      return;
    }
    setRevealed(
      clientCredentials(t('developers.credentialsCreated', { name: result.data.client.name }), result.data.client.clientId, result.data.clientSecret, {
        labels: { id: t('secretDialog.clientId'), secret: t('secretDialog.clientSecret') },
      }),
    );
  }

  return (
    <>
      <form onSubmit={handleSubmit(onSubmit)} aria-label={t('developers.newCredentials')} className="flex max-w-2xl flex-col gap-4" noValidate>
        <Field id="credentials-name" label={t('developers.name')} hint={t('developers.nameHint')} error={errors.name?.message}>
          <input
            id="credentials-name"
            className={inputClass}
            aria-invalid={!!errors.name}
            aria-describedby={errors.name ? 'credentials-name-error' : undefined}
            {...register('name')}
          />
        </Field>
        <fieldset aria-describedby={errors.scopes ? 'credentials-scopes-error' : undefined}>
          <legend className="text-sm font-medium text-slate-700">{t('developers.scopes')}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {scopes.map(({ scope, description }) => (
              <label key={scope} className="flex items-start gap-2 text-sm">
                <input type="checkbox" value={scope} className="mt-1" {...register('scopes')} />
                <span>
                  <span className="font-mono text-xs">{scope}</span>
                  <span className="block text-xs text-slate-500">{description}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.scopes ? (
            <p id="credentials-scopes-error" role="alert" className="mt-1 text-xs text-red-700">
              {errors.scopes.message}
            </p>
          ) : null}
        </fieldset>
        <FormError message={formError} />
        {notice ? (
          <p role="status" className="text-sm text-slate-700">
            {notice}
          </p>
        ) : null}
        <div>
          <button type="submit" className={buttonClass} disabled={isSubmitting}>
            {isSubmitting ? t('developers.creating') : t('developers.createCredentials')}
          </button>
        </div>
      </form>
      {revealed ? <SecretDialog revealed={revealed} onDone={() => setRevealed(null)} /> : null}
    </>
  );
}
