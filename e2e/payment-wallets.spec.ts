import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './demo';

async function fillNewWallet(page: Page, wallet: { name: string; customerId: string; currency: string; merchant: string; credentials: boolean }) {
  await page.goto('/dashboard/wallets');
  await page.getByRole('link', { name: 'New payment wallet' }).click();
  const form = page.getByRole('form', { name: 'New payment wallet' });
  await form.getByLabel('Wallet name').fill(wallet.name);
  await form.getByLabel('Customer ID').fill(wallet.customerId);
  await form.getByLabel('Email').fill('finance@e2e.test');
  await form.getByLabel('Currency').selectOption(wallet.currency);
  await form.getByLabel('Merchant').selectOption({ label: wallet.merchant });
  if (wallet.credentials) await form.getByLabel('Create API credentials for this wallet').check();
  await form.getByRole('button', { name: 'Create wallet' }).click();
  return form;
}

test('the merchant onboards a wallet, copies its credentials once and reads the wallet through the API', async ({ page, context, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const tag = randomUUID().slice(0, 8);
  const name = `E2E Shop ${tag} — BRL`;
  await signIn(page, DEMO.merchantUser);
  await fillNewWallet(page, { name, customerId: `cust_${tag}`, currency: 'BRL', merchant: 'Create a merchant named after the wallet', credentials: true });

  const dialog = page.getByRole('dialog', { name: 'Wallet credentials' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('note')).toContainText('only time it is shown');
  await dialog.getByRole('button', { name: 'Copy Client ID' }).click();
  await expect(dialog.getByRole('button', { name: 'Client ID copied' })).toBeVisible();
  const clientId = await page.evaluate(() => navigator.clipboard.readText());
  await dialog.getByRole('button', { name: 'Copy Client secret' }).click();
  await expect(dialog.getByRole('button', { name: 'Client secret copied' })).toBeVisible();
  const clientSecret = await page.evaluate(() => navigator.clipboard.readText());
  expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
  expect(clientSecret).toMatch(/^sk_(test|live)_/);
  await expect(dialog).toContainText('wallet:read wallet:write charge:create charge:read');

  await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/[0-9a-f-]{36}$/);
  const walletUuid = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name })).toBeVisible();
  // Money as the reader's locale writes it (English here: the spec signs in in English).
  await expect(page.getByTestId('wallet-balance')).toHaveText(/^R\$0\.00$/);
  const credentials = page.getByRole('region', { name: 'Credentials' });
  await expect(credentials.getByRole('cell', { name: clientId })).toBeVisible();
  await expect(credentials.getByRole('cell', { name: `…${clientSecret.slice(-4)}` })).toBeVisible();
  expect(await page.content()).not.toContain(clientSecret);

  // A client with the copied credentials, as Cognito takes them: a form body.
  const issued = await request.post('/api/oauth2/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  expect(issued.status()).toBe(200);
  const { access_token: token, token_type } = await issued.json();
  expect(token_type).toBe('Bearer');
  const auth = { Authorization: `Bearer ${token}` };
  const read = await request.get(`/api/v1/bank/wallet/${walletUuid}/`, { headers: auth });
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ wallet_uuid: walletUuid, entity_uuid: DEMO.entityUuid, name, currency: 'BRL', status: 'active', balance: '0.00' });
  // The wallet's own credentials see their wallet and nothing else of the account.
  const listed = await (await request.get('/api/v1/bank/wallets/', { headers: auth })).json();
  expect(listed).toMatchObject({ total: 1, data: [{ wallet_uuid: walletUuid }] });

  await page.getByRole('button', { name: 'Deactivate wallet' }).click();
  await page.getByRole('dialog', { name: 'Deactivate this wallet?' }).getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate wallet' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Deactivated');
  expect(await (await request.get(`/api/v1/bank/wallet/${walletUuid}/`, { headers: auth })).json()).toMatchObject({ status: 'deactivated' });
});

test('the wallets list filters by currency, merchant and status, and a duplicate wallet is refused', async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  const name = `E2E Andes ${tag}`;
  await signIn(page, DEMO.merchantUser);
  await fillNewWallet(page, { name, customerId: `cust_${tag}`, currency: 'CLP', merchant: 'Create a merchant named after the wallet', credentials: false });
  await expect(page).toHaveURL(/\/dashboard\/wallets\/[0-9a-f-]{36}$/);
  // A peso is never a bare "$": Chilean pesos carry their code.
  await expect(page.getByTestId('wallet-balance')).toHaveText(/^CLP\s0$/);

  // The merchant created for the wallet carries its name; a second CLP wallet for it is refused.
  const form = await fillNewWallet(page, { name: `${name} again`, customerId: `cust_${tag}`, currency: 'CLP', merchant: name, credentials: false });
  await expect(form.getByRole('alert')).toHaveText('Wallet already exists for this merchant and currency');

  await page.goto('/dashboard/wallets');
  const filters = page.getByRole('form', { name: 'Filter wallets' });
  await filters.getByLabel('Currency').selectOption('CLP');
  await filters.getByLabel('Merchant').selectOption({ label: name });
  await filters.getByLabel('Status').selectOption({ label: 'Active' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/currency=CLP/);
  await expect(page).toHaveURL(/status=active/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(name);
  await expect(rows.nth(1)).toContainText(/CLP\s0/);

  await filters.getByLabel('Status').selectOption({ label: 'Deactivated' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No payment wallets match.')).toBeVisible();

  // Clear empties every field, including a choice made but not applied.
  await filters.getByLabel('Currency').selectOption('MXN');
  await filters.getByRole('link', { name: 'Clear' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets$/);
  for (const field of ['Currency', 'Merchant', 'Status']) await expect(filters.getByLabel(field)).toHaveValue('');
});

test('provider paths are answered with and without the trailing slash, never redirected', async ({ request }) => {
  for (const path of ['/api/v1/bank/wallet/', '/api/v1/bank/wallet']) {
    const res = await request.post(path, { data: { currency: 'BRL' }, maxRedirects: 0 });
    expect(res.status(), path).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'unauthorized', code: 'unauthorized' });
  }
  for (const path of ['/api/v1/bank/wallets/', '/api/v1/bank/wallets', `/api/v1/bank/wallet/${randomUUID()}/`]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(401);
  }
});
