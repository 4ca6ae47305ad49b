'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';

export interface RevealedSecret {
  title: string;
  /** The public id that goes with the secret (a client ID, an endpoint id), copyable too. */
  id: { label: string; value: string };
  secret: { label: string; value: string };
  /** How the platform keeps it, which is why it is never shown again. */
  keptAs: 'hash' | 'ciphertext';
  /** Extra context, e.g. how long a rotated-out secret keeps working. */
  note?: string;
  /** Further non-secret facts shown beside it (grant type, scopes, URL …). */
  details?: { label: string; value: string }[];
}

/** The labels of a client's id and secret in the reader's language (`secretDialog.clientId`, `.clientSecret`). */
export interface ClientCredentialsLabels {
  id: string;
  secret: string;
}

const ENGLISH_LABELS: ClientCredentialsLabels = { id: 'Client ID', secret: 'Client secret' };

/** An API client's id and secret, which the platform keeps only as a hash. */
export function clientCredentials(
  title: string,
  clientId: string,
  clientSecret: string,
  { labels = ENGLISH_LABELS, ...extra }: Pick<RevealedSecret, 'note' | 'details'> & { labels?: ClientCredentialsLabels } = {},
): RevealedSecret {
  return { title, id: { label: labels.id, value: clientId }, secret: { label: labels.secret, value: clientSecret }, keptAs: 'hash', ...extra };
}

const KEPT_AS = { hash: 'keptAsHash', ciphertext: 'keptAsCiphertext' } as const satisfies Record<RevealedSecret['keptAs'], string>;

/**
 * Shows a secret once. It lives only in this component's props: closing the dialog loses it for
 * good, which the warning says plainly.
 */
export function SecretDialog({ revealed, onDone }: { revealed: RevealedSecret; onDone: () => void }) {
  const t = useTranslations('secretDialog');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="secret-dialog-title"
      onCancel={(event) => event.preventDefault()}
      className="m-auto w-full max-w-xl rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id="secret-dialog-title" className="text-lg font-semibold">
        {revealed.title}
      </h2>
      <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
        {t('copyNow', { secret: revealed.secret.label.toLowerCase() })} {t(KEPT_AS[revealed.keptAs])}
      </p>
      {revealed.note ? <p className="mt-2 text-sm text-slate-600">{revealed.note}</p> : null}
      <dl className="mt-4 flex flex-col gap-3 text-sm">
        <CopyRow label={revealed.id.label} value={revealed.id.value} />
        <CopyRow label={revealed.secret.label} value={revealed.secret.value} />
        {revealed.details?.map((detail) => (
          <div key={detail.label}>
            <dt className="font-medium text-slate-700">{detail.label}</dt>
            <dd className="font-mono text-xs">{detail.value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 flex justify-end">
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            dialog.current?.close();
            onDone();
          }}
        >
          {t('stored')}
        </button>
      </div>
    </dialog>
  );
}

function CopyRow({ label, value }: { label: string; value: string }) {
  const t = useTranslations('secretDialog');
  const copyLabel = t('copy', { label: `${label.charAt(0).toLowerCase()}${label.slice(1)}` });
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = `secret-dialog-${label.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <div>
      <dt id={id} className="font-medium text-slate-700">
        {label}
      </dt>
      <dd className="mt-1 flex items-center gap-2">
        <code aria-labelledby={id} className="flex-1 break-all rounded bg-slate-100 px-2 py-1 text-xs">
          {value}
        </code>
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() =>
            navigator.clipboard.writeText(value).then(
              () => setState('copied'),
              () => setState('failed'),
            )
          }
        >
          {state === 'copied' ? t('copied', { label }) : state === 'failed' ? t('copyFailed') : copyLabel}
        </button>
      </dd>
    </div>
  );
}
