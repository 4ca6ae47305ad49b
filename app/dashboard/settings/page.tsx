import type { Metadata } from 'next';
import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { PreferencesForm } from '@/components/settings/preferences-form';
import { PageHeader } from '@/components/shell/page-header';
import { requireUser } from '@/lib/auth/session';
import { isLocale, isTimeZone, DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from '@/lib/i18n/locales';
import { saveUserPreferencesAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  await requireUser('/dashboard/settings');
  const [t, locale, timeZone] = await Promise.all([getTranslations('settings'), getLocale(), getTimeZone()]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <PreferencesForm
        initial={{ locale: isLocale(locale) ? locale : DEFAULT_LOCALE, time_zone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE }}
        save={saveUserPreferencesAction}
      />
    </>
  );
}
