import 'server-only';
import { cookies, headers } from 'next/headers';
import { getDb } from '@/db/client';
import type { DbOrTx } from '@/db/client';
import { getUserPreferences } from '@/lib/accounts/preferences';
import { currentUser } from '@/lib/auth/session';
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, isLocale, negotiateLocale, type Locale } from './locales';

/** The cookie the sign-in page's switcher sets: the language of someone not signed in yet. */
export const LOCALE_COOKIE = 'locale';

/** Before sign-in (or when neither user nor account chose): the switcher's cookie, else the browser's Accept-Language among ours, else Portuguese. */
async function anonymousLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : (negotiateLocale((await headers()).get('accept-language')) ?? DEFAULT_LOCALE);
}

/** The language and time zone of this request: the signed-in user's setting, else their account's, else the anonymous choice. */
export async function requestPreferences(): Promise<{ locale: Locale; timeZone: string }> {
  const signedIn = await currentUser();
  const stored = signedIn ? await getUserPreferences(await getDb(), signedIn.id) : null;
  return { locale: stored?.locale ?? (await anonymousLocale()), timeZone: stored?.timeZone ?? DEFAULT_TIME_ZONE };
}

/**
 * A known user's language, for a server action's errors. Outside a request (a script, a test)
 * there is no browser to ask, and the error keeps the English it was written in.
 */
export async function userLocale(db: DbOrTx, userId: string): Promise<Locale> {
  const stored = await getUserPreferences(db, userId);
  if (stored.locale) return stored.locale;
  return anonymousLocale().catch(() => 'en' as const);
}
