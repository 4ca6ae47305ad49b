'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field, inputClass } from '@/components/ui/field';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/catalogue';
import type { EndpointSettingsFormValues } from '@/lib/webhooks/schemas';

const PLATFORM_ENVELOPE = '{operation, sub_operation, operation_id, status, reason, data}';
const QI_ENVELOPE = '{webhook_type, webhook_datetime, data}';

/** The endpoint's settings, shared by the "New endpoint" form and the endpoint page; `idPrefix` keeps ids unique. */
export function EndpointFields({
  idPrefix,
  register,
  errors,
  keyHint,
}: {
  idPrefix: string;
  register: UseFormRegister<EndpointSettingsFormValues>;
  errors: FieldErrors<EndpointSettingsFormValues>;
  keyHint?: string;
}) {
  const t = useTranslations('webhooks');
  const tEvent = useTranslations('webhookEvents');
  // The envelopes are code, kept out of the messages (whose syntax braces are).
  const formats = [
    { value: 'platform', label: t('formatPlatform'), hint: PLATFORM_ENVELOPE },
    { value: 'qi', label: t('formatQi'), hint: t('formatQiHint', { envelope: QI_ENVELOPE }) },
  ];
  const id = (name: string) => `${idPrefix}-${name}`;
  const describedBy = (name: keyof EndpointSettingsFormValues) => (errors[name] ? `${id(name)}-error` : undefined);
  return (
    <>
      <Field id={id('url')} label={t('endpointUrl')} hint={t('endpointUrlHint')} error={errors.url?.message}>
        <input
          id={id('url')}
          type="url"
          inputMode="url"
          className={inputClass}
          placeholder="https://example.com/webhooks"
          aria-invalid={!!errors.url}
          aria-describedby={describedBy('url')}
          {...register('url')}
        />
      </Field>
      <Field id={id('webhook_key')} label="X-Webhook-Key" hint={keyHint ?? t('keyHint')} error={errors.webhook_key?.message}>
        <input
          id={id('webhook_key')}
          className={inputClass}
          autoComplete="off"
          aria-invalid={!!errors.webhook_key}
          aria-describedby={describedBy('webhook_key')}
          {...register('webhook_key')}
        />
      </Field>
      <fieldset aria-describedby={errors.events ? `${id('events')}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t('events')}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map(({ type }) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={type} className="mt-1" {...register('events')} />
              <span>
                <span className="font-mono text-xs">{type}</span>
                <span className="block text-xs text-slate-500">{tEvent(type)}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.events ? (
          <p id={`${id('events')}-error`} role="alert" className="mt-1 text-xs text-red-700">
            {errors.events.message ?? errors.events.root?.message}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t('payloadFormat')}</legend>
        <div className="mt-2 flex flex-col gap-2">
          {formats.map((format) => (
            <label key={format.value} className="flex items-start gap-2 text-sm">
              <input type="radio" value={format.value} className="mt-1" {...register('format')} />
              <span>
                {format.label}
                <span className="block font-mono text-xs text-slate-500">{format.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field id={id('description')} label={t('descriptionOptional')} error={errors.description?.message}>
        <input
          id={id('description')}
          className={inputClass}
          aria-invalid={!!errors.description}
          aria-describedby={describedBy('description')}
          {...register('description')}
        />
      </Field>
    </>
  );
}

/** The fields a server action may name in its errors, to show each beside its input. */
export const ENDPOINT_FIELD_NAMES = ['url', 'webhook_key', 'events', 'format', 'description'] as const;
