import { randomUUID } from 'node:crypto';
import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { expect, test, type Page } from '@playwright/test';
import { fillNaturalPerson } from './credit-wizard';
import { DEMO, signIn } from './demo';

/** Counts the server-action POSTs the page sends from now on. */
function countActionPosts(page: Page) {
  const counted = { n: 0 };
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) counted.n++;
  });
  return counted;
}

test('a double submit of the new payment wallet form creates one wallet and shows the first result', async ({ page }) => {
  const name = `E2E Double ${randomUUID().slice(0, 8)} — BRL`;
  await signIn(page, DEMO.merchantUser);
  await page.goto('/dashboard/wallets/new');
  const form = page.getByRole('form', { name: 'New payment wallet' });
  await form.getByLabel('Wallet name').fill(name);
  await form.getByLabel('Customer ID').fill(`cust_${randomUUID().slice(0, 8)}`);
  await form.getByLabel('Email').fill('double@e2e.test');
  // A new merchant per submit: without the idempotency key, each submit would open its own wallet.
  await form.getByLabel('Merchant').selectOption({ label: 'Create a merchant named after the wallet' });
  const posts = countActionPosts(page);

  // Two submits before the page can react to the first (what a double click on a slow page does).
  await form.evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });

  await expect(page).toHaveURL(/\/dashboard\/wallets\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const walletPage = page.url();
  expect(posts.n).toBe(2);

  await page.goto('/dashboard/wallets');
  const listed = page.getByRole('link', { name });
  await expect(listed).toHaveCount(1);
  expect(new URL(walletPage).pathname).toBe(await listed.getAttribute('href'));
});

test('a credit wallet wizard retried after its answer was lost shows the wallet it created, not CIN000099', async ({ page }) => {
  await signIn(page, DEMO.merchantUser);
  await page.goto('/dashboard/wallets/credit/new');
  const form = page.getByRole('form', { name: 'New credit wallet' });
  const cpf = generateCpf();
  await fillNaturalPerson(form.getByRole('group', { name: 'Owner details' }), { name: 'Renata Retry', cpf, email: 'renata@e2e.test' });
  await form.getByLabel('Postpaid credit limit (BRL)').fill('3000.00');

  // The first submit reaches the server and creates the wallet; its answer never reaches the browser.
  let dropped = 0;
  await page.route('**/dashboard/wallets/credit/new', async (route) => {
    if (route.request().method() !== 'POST' || dropped > 0) return route.continue();
    dropped++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await form.getByRole('button', { name: 'Create credit wallet' }).click();
  await expect(form.getByRole('alert')).toContainText('The connection failed before we could confirm this was saved');
  expect(dropped).toBe(1);

  await form.getByRole('button', { name: 'Create credit wallet' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Renata Retry' })).toBeVisible();
  const walletPage = new URL(page.url()).pathname;

  await page.goto('/dashboard/wallets/credit');
  await page.getByLabel('Owner CPF or CNPJ').fill(cpf);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('1 wallet', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Renata Retry' })).toHaveAttribute('href', walletPage);
});

test('new credentials: a double submit reveals the first secret once; a retry after a lost answer says the secret was already shown', async ({ page }) => {
  await signIn(page, DEMO.merchantUser);
  await page.goto('/dashboard/developers');
  const form = page.getByRole('form', { name: 'New credentials' });

  const doubled = `Double ${randomUUID().slice(0, 8)}`;
  await form.getByLabel('Name').fill(doubled);
  await form.getByRole('checkbox', { name: /wallet:read/ }).check();
  const posts = countActionPosts(page);
  await form.evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });
  const dialog = page.getByRole('dialog', { name: `Credentials created: ${doubled}` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/sk_(test|live)_/);
  await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  await expect(page.getByRole('row', { name: doubled })).toHaveCount(1);
  expect(posts.n).toBe(2);

  const retried = `Retried ${randomUUID().slice(0, 8)}`;
  await form.getByLabel('Name').fill(retried);
  await form.getByRole('checkbox', { name: /wallet:read/ }).check();
  let dropped = 0;
  await page.route('**/dashboard/developers', async (route) => {
    if (route.request().method() !== 'POST' || dropped > 0) return route.continue();
    dropped++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await form.getByRole('button', { name: 'Create credentials' }).click();
  await expect(form.getByRole('alert')).toContainText('The connection failed before we could confirm this was saved');
  await form.getByRole('button', { name: 'Create credentials' }).click();
  await expect(form.getByRole('status')).toContainText(`Credentials “${retried}” were created by your earlier submit`);
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('row', { name: retried })).toHaveCount(1);
});
