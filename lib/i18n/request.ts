import { getRequestConfig } from 'next-intl/server';
import { MESSAGES } from './catalogues';
import { requestPreferences } from './request-preferences';

// next-intl without locale routing: every request's language is the user's (see requestPreferences).
export default getRequestConfig(async () => {
  const { locale, timeZone } = await requestPreferences();
  return { locale, timeZone, messages: MESSAGES[locale] };
});
