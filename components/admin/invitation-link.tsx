'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { buttonClass, inputClass } from '@/components/ui/field';
import type { IssuedLink } from './account-actions';

/**
 * An invitation link just issued, in a copyable read-only input. It lives only in this
 * component's props (the database keeps a hash), so it is shown once; it was e-mailed too.
 */
export function InvitationLink({ issued, children }: { issued: IssuedLink; children?: React.ReactNode }) {
  const t = useTranslations('adminAccounts');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLElement>(null);
  // Brought into view and announced when it appears.
  useEffect(() => {
    box.current?.focus();
  }, []);

  return (
    <section ref={box} tabIndex={-1} aria-labelledby="invitation-link-title" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 focus:outline-none">
      <h3 id="invitation-link-title" className="text-sm font-semibold text-emerald-900">
        {t('linkTitle', { email: issued.email })}
      </h3>
      <p role="status" className="mt-1 text-sm text-emerald-900">
        {t('linkEmailed', { email: issued.email })}
      </p>
      <div className="mt-3 flex flex-col gap-1">
        <label htmlFor="invitation-link" className="text-sm font-medium text-slate-700">
          {t('linkLabel')}
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <input id="invitation-link" readOnly value={issued.link} className={`${inputClass} min-w-0 flex-1 font-mono text-xs`} onFocus={(event) => event.currentTarget.select()} />
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              navigator.clipboard.writeText(issued.link).then(
                () => setCopy('copied'),
                () => setCopy('failed'),
              )
            }
          >
            {t('copyLink')}
          </button>
        </div>
      </div>
      {copy !== 'idle' ? (
        <p role="status" className={`mt-2 text-sm ${copy === 'copied' ? 'text-emerald-800' : 'text-red-700'}`}>
          {copy === 'copied' ? t('linkCopied') : t('copyFailed')}
        </p>
      ) : null}
      {children ? <div className="mt-3 flex flex-wrap gap-4 text-sm">{children}</div> : null}
    </section>
  );
}
