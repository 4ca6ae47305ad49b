'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { secondaryButtonClass } from './field';

/**
 * Clear empties every field of its filter form as well as dropping the filters from the URL:
 * the inputs are uncontrolled, so a value typed (or chosen) but not applied would otherwise stay
 * on screen after the list was cleared.
 */
export function ClearFiltersLink({ href }: { href: string }) {
  const t = useTranslations('filters');
  return (
    <Link
      href={href}
      className={secondaryButtonClass}
      onClick={(event) => {
        const form = event.currentTarget.closest('form');
        if (!form) return;
        for (const control of Array.from(form.elements)) {
          if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) control.value = '';
        }
      }}
    >
      {t('clear')}
    </Link>
  );
}
