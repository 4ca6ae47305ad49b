import type { Metadata } from 'next';
import { getLocale, getTimeZone, getTranslations } from 'next-intl/server';
import { AccountContract } from '@/components/settings/account-contract';
import { PixSettingsForm } from '@/components/settings/pix-settings-form';
import { PreferencesForm } from '@/components/settings/preferences-form';
import { PageHeader } from '@/components/shell/page-header';
import { SectionCard } from '@/components/ui/section-card';
import { getDb } from '@/db/client';
import { getPixSettings } from '@/lib/accounts/pix-settings';
import { readAccountConfiguration } from '@/lib/management/account-configuration';
import { callerFromUser } from '@/lib/auth/caller';
import { can } from '@/lib/access/permissions';
import { requireUser } from '@/lib/auth/session';
import { isLocale, isTimeZone, DEFAULT_LOCALE, DEFAULT_TIME_ZONE } from '@/lib/i18n/locales';
import { savePixSettingsAction, saveUserPreferencesAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  const user = await requireUser('/dashboard/settings');
  const db = await getDb();
  const caller = callerFromUser(user);
  const [t, locale, timeZone, pix, configuration] = await Promise.all([getTranslations('settings'), getLocale(), getTimeZone(), getPixSettings(db, caller), readAccountConfiguration(db, caller)]);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <PreferencesForm
        initial={{ locale: isLocale(locale) ? locale : DEFAULT_LOCALE, time_zone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE }}
        save={saveUserPreferencesAction}
      />
      <div className="mt-8">
        <SectionCard id="pix" title={t('pixTitle')}>
          <div className="flex flex-col gap-4 px-4 py-4">
            <p className="text-sm text-slate-600">{t('pixDescription')}</p>
            <p className="text-sm" data-testid="pix-current">
              {pix.pixKey ? t('pixCurrent', { key: pix.pixKey, city: pix.pixCity ?? '—' }) : t('pixNone')}
            </p>
            {can(user.role, 'account.manage') ? <PixSettingsForm initial={{ pix_key: pix.pixKey ?? '', pix_city: pix.pixCity ?? '' }} save={savePixSettingsAction} /> : null}
          </div>
        </SectionCard>
        <AccountContract configuration={configuration} locale={locale} />
      </div>
    </>
  );
}
