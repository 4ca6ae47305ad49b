'use client';

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

/** An API client's id and secret, which the platform keeps only as a hash. */
export function clientCredentials(title: string, clientId: string, clientSecret: string, extra: Pick<RevealedSecret, 'note' | 'details'> = {}): RevealedSecret {
  return { title, id: { label: 'Client ID', value: clientId }, secret: { label: 'Client secret', value: clientSecret }, keptAs: 'hash', ...extra };
}

const KEPT_AS: Record<RevealedSecret['keptAs'], string> = {
  hash: 'we store only a hash of it and cannot show it again.',
  ciphertext: 'we keep it encrypted, to use it, and never show it again.',
};

/**
 * Shows a secret once. It lives only in this component's props: closing the dialog loses it for
 * good, which the warning says plainly.
 */
export function SecretDialog({ revealed, onDone }: { revealed: RevealedSecret; onDone: () => void }) {
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
        Copy the {revealed.secret.label.toLowerCase()} now and keep it in a secrets manager. This is the only time it is shown:{' '}
        {KEPT_AS[revealed.keptAs]}
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
          I have stored the secret
        </button>
      </div>
    </dialog>
  );
}

function CopyRow({ label, value }: { label: string; value: string }) {
  const copyLabel = `Copy ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
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
          {state === 'copied' ? `${label} copied` : state === 'failed' ? 'Copy failed: select and copy by hand' : copyLabel}
        </button>
      </dd>
    </div>
  );
}
