import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './demo';

test('a visitor is sent to sign in before seeing the dashboard', async ({ page }) => {
  await page.goto('/dashboard/wallets');
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('the merchant signs in, sees the dashboard and signs out', async ({ page }) => {
  await signIn(page, DEMO.merchantUser);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByTestId('signed-in-user')).toHaveText(DEMO.merchantUser.name);
  await expect(page.getByRole('cell', { name: DEMO.merchants[0].name })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const area of ['Overview', 'Wallets', 'Charges', 'Payment links', 'Invoices', 'Developers']) {
    await expect(nav.getByRole('link', { name: area })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Admin' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password shows an error and does not sign in', async ({ page }) => {
  await page.goto('/login');
  // A throwaway address, so repeated runs never throttle the demo logins.
  await page.getByLabel('Email').fill(`nobody-${Date.now()}@demo.test`);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Invalid email or password');
  await expect(page).toHaveURL(/\/login/);
});

test('the merchant is refused the admin area with a 403 page', async ({ page }) => {
  await signIn(page, DEMO.merchantUser);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'This area is for platform operators' })).toBeVisible();
});

test('the admin sees the admin area', async ({ page }) => {
  await signIn(page, DEMO.adminUser);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { name: 'Platform administration' })).toBeVisible();
  await expect(page.getByRole('cell', { name: DEMO.accountName })).toBeVisible();
});
