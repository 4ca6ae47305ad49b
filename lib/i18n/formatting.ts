import 'server-only';
import { getLocale, getTimeZone } from 'next-intl/server';
import type { Formatting } from '@/components/ui/format';

/** The request's reader, for server components' money and dates (client ones use `useFormatting`). */
export async function getFormatting(): Promise<Formatting> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return { locale, timeZone };
}
