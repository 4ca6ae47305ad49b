'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { buttonClass, inputClass, secondaryButtonClass } from '@/components/ui/field';
import type { IssuedLink } from './team-actions';

/**
 * The link of an invitation just made or resent, for the team page and the operators' onboarding.
 * It lives only in this component's props (the database keeps its hash), so it is shown until
 * dismissed and never again; it went out by e-mail too. `children`: what may follow (the new
 * account's page).
 */
export function InvitationLink({ issued, onDone, children }: { issued: IssuedLink; onDone?: () => void; children?: ReactNode }) {
  const t = useTranslations('team');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLElement>(null);
  // Brought into view and announced when it appears (the parent keys it by link, so each is fresh).
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
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label htmlFor="invitation-link" className="sr-only">
          {t('linkLabel')}
        </label>
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
        {onDone ? (
          <button type="button" className={secondaryButtonClass} onClick={onDone}>
            {t('dismissLink')}
          </button>
        ) : null}
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
