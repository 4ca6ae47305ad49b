import { useLocale, useTimeZone } from 'next-intl';
import { DEFAULT_TIME_ZONE } from '@/lib/i18n/locales';
import type { Formatting } from './format';

/** The reader of this render (their language and zone, from next-intl), for money and dates. */
export function useFormatting(): Formatting {
  return { locale: useLocale(), timeZone: useTimeZone() ?? DEFAULT_TIME_ZONE };
}
