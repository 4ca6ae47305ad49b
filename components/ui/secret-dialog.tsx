'use client';

import { useEffect, useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';

export interface RevealedSecret {
  title: string;
  clientId: string;
  clientSecret: string;
  /** Extra context, e.g. how long a rotated-out secret keeps working. */
  note?: string;
  /** Further non-secret facts shown beside the credentials (grant type, scopes …). */
  details?: { label: string; value: string }[];
}

/**
 * Shows a client secret once. It lives only in this component's props: closing the dialog loses it
 * for good (we keep only its hash), which the warning says plainly.
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
        Copy the client secret now and keep it in a secrets manager. This is the only time it is shown: we store only a hash
        of it and cannot show it again.
      </p>
      {revealed.note ? <p className="mt-2 text-sm text-slate-600">{revealed.note}</p> : null}
      <dl className="mt-4 flex flex-col gap-3 text-sm">
        <CopyRow label="Client ID" copyLabel="Copy client ID" value={revealed.clientId} />
        <CopyRow label="Client secret" copyLabel="Copy client secret" value={revealed.clientSecret} />
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

function CopyRow({ label, copyLabel, value }: { label: string; copyLabel: string; value: string }) {
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
