'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { buttonClass, FormError } from '@/components/ui/field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionResult } from '@/lib/actions/run-action';
import { endpointSettingsFormSchema, type EndpointSettingsFormValues } from '@/lib/webhooks/schemas';
import type { EndpointBody } from '@/lib/webhooks/serialize';
import { ENDPOINT_FIELD_NAMES, EndpointFields } from './endpoint-fields';

export type UpdateEndpointAction = (input: { endpoint_uuid: string; changes: Partial<EndpointSettingsFormValues> }) => Promise<ActionResult<{ endpoint: EndpointBody }>>;

/**
 * The endpoint's settings; only the fields the merchant changed are sent (and audited). After a save
 * the saved values become the form's defaults; the form is not keyed on the endpoint's version,
 * since remounting it on the refresh would wipe the "Settings saved" confirmation.
 */
export function EndpointSettingsForm({ endpoint, updateEndpoint }: { endpoint: EndpointBody; updateEndpoint: UpdateEndpointAction }) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const current: EndpointSettingsFormValues = {
    url: endpoint.url,
    webhook_key: '',
    events: endpoint.events,
    format: endpoint.format,
    description: endpoint.description ?? '',
  };
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting, dirtyFields },
    },
    formError,
    setFormError,
    submitAction,
  } = useActionForm<EndpointSettingsFormValues>(
    { resolver: zodResolver(endpointSettingsFormSchema), defaultValues: current },
    // The action's input nests the form's values under `changes`.
    { fieldFor: (field) => ENDPOINT_FIELD_NAMES.find((n) => field === `changes.${n}` || field.startsWith(`changes.${n}.`)) },
  );

  async function onSubmit(values: EndpointSettingsFormValues) {
    setSaved(null);
    const changed = ENDPOINT_FIELD_NAMES.filter((name) => dirtyFields[name] && !(name === 'webhook_key' && values.webhook_key === ''));
    const changes = Object.fromEntries(changed.map((name) => [name, values[name]]));
    if (Object.keys(changes).length === 0) {
      setFormError(null);
      return setSaved(t('webhooks.nothingToSave'));
    }
    const result = await submitAction(updateEndpoint({ endpoint_uuid: endpoint.endpoint_uuid, changes }));
    if (!result.ok) return;
    reset({ ...values, webhook_key: '' });
    setSaved(t('webhooks.settingsSaved'));
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label={t('webhooks.endpointSettings')} className="flex max-w-2xl flex-col gap-4" noValidate>
      <EndpointFields
        idPrefix="endpoint-settings"
        register={register}
        errors={errors}
        keyHint={t('webhooks.keyHintKeep', { lastFour: endpoint.webhook_key_last_four })}
      />
      <FormError message={formError} />
      {saved ? (
        <p role="status" className="text-sm text-emerald-800">
          {saved}
        </p>
      ) : null}
      <div>
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('webhooks.saveSettings')}
        </button>
      </div>
    </form>
  );
}
