import { expect, type Page } from '@playwright/test';
import { DEMO } from '@/lib/accounts/demo';
import type { Locale } from '@/lib/i18n/locales';
import { LOCALE_NAMES } from '@/lib/i18n/locales';

export { DEMO };

/** The shell's language switcher, whatever language the page is in. */
export const languageSwitcher = (page: Page) => page.getByRole('combobox', { name: /^(Language|Idioma)$/ });

/** Switches the signed-in user's language (stored on their row) and waits for the page to speak it. */
export async function chooseLanguage(page: Page, locale: Locale) {
  await languageSwitcher(page).selectOption({ label: LOCALE_NAMES[locale] });
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/**
 * Signs in on the (English: the browser asks for en-US) sign-in page. The demo account's dashboard
 * speaks Portuguese; the specs written against English labels pick English after signing in,
 * and a spec about another language names it.
 */
export async function signIn(page: Page, login: { email: string; password: string }, { locale = 'en' }: { locale?: Locale } = {}) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Members land on their dashboard, operators on the platform's administration.
  await expect(page).toHaveURL(/\/(dashboard|admin)$/);
  await chooseLanguage(page, locale);
}
