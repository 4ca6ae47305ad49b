'use server';

import { cookies } from 'next/headers';
import { isLocale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE } from '@/lib/i18n/request-preferences';

/** The sign-in page's language switcher: nobody is signed in yet, so the choice lives in a cookie. */
export async function chooseLoginLocaleAction(locale: unknown): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 60 * 60 });
}
