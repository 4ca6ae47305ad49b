import { expect, type Page } from '@playwright/test';
import { DEMO } from '@/lib/accounts/demo';

export { DEMO };

export async function signIn(page: Page, login: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
