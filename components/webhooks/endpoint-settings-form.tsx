'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { updateEndpointAction } from '@/app/dashboard/developers/webhooks/actions';
import { buttonClass } from '@/components/ui/field';
import { endpointSettingsFormSchema, type EndpointSettingsFormValues } from '@/lib/webhooks/schemas';
import type { EndpointBody } from '@/lib/webhooks/serialize';
import { ENDPOINT_FIELD_NAMES, EndpointFields } from './endpoint-fields';

/**
 * The endpoint's settings; only the fields the merchant changed are sent (and audited). After a save
 * the saved values become the form's defaults; the form is not keyed on the endpoint's version,
 * since remounting it on the refresh would wipe the "Settings saved" confirmation.
 */
export function EndpointSettingsForm({ endpoint }: { endpoint: EndpointBody }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string } | null>(null);
  const current: EndpointSettingsFormValues = {
    url: endpoint.url,
    webhook_key: '',
    events: endpoint.events,
    format: endpoint.format,
    description: endpoint.description ?? '',
  };
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, dirtyFields },
  } = useForm<EndpointSettingsFormValues>({ resolver: zodResolver(endpointSettingsFormSchema), defaultValues: current });

  async function onSubmit(values: EndpointSettingsFormValues) {
    const changed = ENDPOINT_FIELD_NAMES.filter((name) => dirtyFields[name] && !(name === 'webhook_key' && values.webhook_key === ''));
    const changes = Object.fromEntries(changed.map((name) => [name, values[name]]));
    if (Object.keys(changes).length === 0) return setMessage({ kind: 'saved', text: 'Nothing to save: no setting changed' });
    const result = await updateEndpointAction({ endpoint_uuid: endpoint.endpoint_uuid, changes });
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.error.fields)) {
        const name = ENDPOINT_FIELD_NAMES.find((n) => field === `changes.${n}` || field.startsWith(`changes.${n}.`));
        if (name) setError(name, { message: text });
      }
      return setMessage({ kind: 'error', text: result.error.message });
    }
    reset({ ...values, webhook_key: '' });
    setMessage({ kind: 'saved', text: 'Settings saved' });
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} aria-label="Endpoint settings" className="flex max-w-2xl flex-col gap-4" noValidate>
      <EndpointFields
        idPrefix="endpoint-settings"
        register={register}
        errors={errors}
        keyHint={`Leave empty to keep the current key (ending in ${endpoint.webhook_key_last_four}); it is never shown again`}
      />
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'rounded-md bg-red-50 px-3 py-2 text-sm text-red-800' : 'text-sm text-emerald-800'}>
          {message.text}
        </p>
      ) : null}
      <div>
        <button type="submit" className={buttonClass} disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
