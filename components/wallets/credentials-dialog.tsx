'use client';

import { useEffect, useRef, useState } from 'react';
import { buttonClass, secondaryButtonClass } from '@/components/ui/field';

export interface RevealedCredentials {
  client_id: string;
  client_secret: string;
  grant_type: string;
  scopes: string[];
}

/**
 * Shows a new wallet's credentials once. The secret is only in this component's props: closing the
 * dialog (or leaving the page) loses it for good, which the dialog says plainly.
 */
export function CredentialsDialog({ credentials, onDone }: { credentials: RevealedCredentials; onDone: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="credentials-title"
      onCancel={(event) => event.preventDefault()}
      className="m-auto w-full max-w-xl rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id="credentials-title" className="text-lg font-semibold">
        Wallet credentials
      </h2>
      <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
        Copy the client secret now and keep it in a secrets manager. It is shown only this once; we store only its hash.
      </p>
      <dl className="mt-4 flex flex-col gap-3 text-sm">
        <CopyRow label="Client ID" value={credentials.client_id} />
        <CopyRow label="Client secret" value={credentials.client_secret} />
        <div>
          <dt className="font-medium text-slate-700">Grant type</dt>
          <dd className="font-mono text-xs">{credentials.grant_type}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">Scopes</dt>
          <dd className="font-mono text-xs">{credentials.scopes.join(' ')}</dd>
        </div>
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
  const [copied, setCopied] = useState(false);
  const id = `credential-${label.toLowerCase().replace(/\s+/g, '-')}`;
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
          onClick={async () => {
            await navigator.clipboard.writeText(value);
            setCopied(true);
          }}
        >
          {copied ? `${label} copied` : `Copy ${label}`}
        </button>
      </dd>
    </div>
  );
}
