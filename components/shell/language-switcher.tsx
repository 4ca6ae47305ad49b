'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/locales';

/** Picks the dashboard's language; `choose` stores it (the user's row, or a cookie before sign-in) and the page re-renders in it. */
export function LanguageSwitcher({ choose }: { choose: (locale: Locale) => Promise<unknown> }) {
  const t = useTranslations('common');
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <label className="flex items-center gap-2 px-3 text-xs text-slate-500">
      {t('language')}
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const chosen = event.target.value as Locale;
          startTransition(async () => {
            await choose(chosen);
            router.refresh();
          });
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
