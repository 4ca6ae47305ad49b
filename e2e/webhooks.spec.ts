import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './demo';
import { createEndpoint, openWebhooks } from './webhooks-ui';

test('the merchant creates a webhook endpoint, sees its signing secret once, then disables and enables it', async ({ page }) => {
  const url = `https://hooks.example.test/${randomUUID().slice(0, 8)}`;
  await signIn(page, DEMO.merchantUser);
  await openWebhooks(page);

  const form = page.getByRole('form', { name: 'New endpoint' });
  await form.getByRole('button', { name: 'Create endpoint' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Enter the URL that receives the events' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'Choose at least one event' })).toBeVisible();
  await form.getByLabel('Endpoint URL').fill('https://user:pw@hooks.example.test/');
  await form.getByRole('button', { name: 'Create endpoint' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Remove the user name and password' })).toBeVisible();

  const secret = await createEndpoint(page, { url, events: ['wallet.kyc_rejected'], format: 'QI envelope' });
  const row = page.getByRole('row', { name: url });
  await expect(row).toContainText(`…${secret.slice(-4)}`);
  await expect(row).toContainText('wallet.kyc_rejected');
  await expect(row).toContainText('qi');
  await expect(row).toContainText('Enabled');
  expect(await page.content()).not.toContain(secret);
  await page.reload();
  await expect(page.getByRole('row', { name: url })).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  await page.getByRole('row', { name: url }).getByRole('link', { name: url }).click();
  await expect(page.getByRole('heading', { name: 'Webhook endpoint' })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Enabled');

  await page.getByRole('button', { name: 'Disable endpoint' }).click();
  await page.getByRole('dialog', { name: 'Disable this endpoint?' }).getByRole('button', { name: 'Disable' }).click();
  await expect(details).toContainText('Disabled');
  await expect(details).toContainText('since');
  await page.getByRole('button', { name: 'Enable endpoint' }).click();
  await expect(details).toContainText('Enabled');
  await expect(page.getByRole('button', { name: 'Disable endpoint' })).toBeVisible();

  // Settings: the X-Webhook-Key is write-only, so its field starts empty and empty keeps it.
  const settings = page.getByRole('form', { name: 'Endpoint settings' });
  await expect(settings.getByLabel('X-Webhook-Key')).toHaveValue('');
  await settings.getByLabel('Description (optional)').fill('ERP production');
  await settings.getByRole('checkbox', { name: 'wallet.kyc_approved' }).check();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('status')).toHaveText('Settings saved');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Endpoint settings' }).getByLabel('Description (optional)')).toHaveValue('ERP production');
  await expect(page.getByRole('form', { name: 'Endpoint settings' }).getByRole('checkbox', { name: 'wallet.kyc_approved' })).toBeChecked();

  await page.getByRole('link', { name: '← Webhooks' }).click();
  await expect(page.getByRole('row', { name: url })).toContainText('Enabled');
  await expect(page.getByRole('row', { name: url })).toContainText('wallet.kyc_approved wallet.kyc_rejected');
});

test('a wallet event appears in the delivery log with the body sent, and can be sent again', async ({ page }) => {
  const url = `https://hooks.example.test/${randomUUID().slice(0, 8)}`;
  const walletName = `E2E Hooks ${randomUUID().slice(0, 8)} — BRL`;
  await signIn(page, DEMO.merchantUser);
  await openWebhooks(page);
  await createEndpoint(page, { url, events: ['wallet.created'], format: 'Platform envelope' });

  // A wallet created in the dashboard announces itself to the endpoint.
  await page.goto('/dashboard/wallets/new');
  const walletForm = page.getByRole('form', { name: 'New payment wallet' });
  await walletForm.getByLabel('Wallet name').fill(walletName);
  await walletForm.getByLabel('Customer ID').fill(`cust_${randomUUID().slice(0, 8)}`);
  await walletForm.getByLabel('Email').fill('finance@e2e.test');
  await walletForm.getByLabel('Currency').selectOption('BRL');
  await walletForm.getByLabel('Merchant').selectOption({ label: 'Create a merchant named after the wallet' });
  await walletForm.getByRole('button', { name: 'Create wallet' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/[0-9a-f-]{36}$/);
  const walletUuid = page.url().split('/').pop()!;

  await page.goto('/dashboard/developers/webhooks');
  await page.getByRole('row', { name: url }).getByRole('link', { name: url }).click();
  const recent = page.getByRole('region', { name: 'Recent deliveries' });
  await expect(recent.getByRole('row')).toHaveCount(2);
  await expect(recent).toContainText('wallet.created');
  await recent.getByRole('row').nth(1).getByRole('link').click();

  await expect(page.getByRole('heading', { name: 'Delivery of wallet.created' })).toBeVisible();
  const body = page.getByRole('region', { name: 'Body sent' });
  await expect(body).toContainText('"sub_operation": "CREATED"');
  await expect(body).toContainText(walletUuid);
  await expect(page.getByRole('region', { name: 'Attempts' })).toBeVisible();
  const original = page.url();

  await page.getByRole('button', { name: 'Send again' }).click();
  await expect(page).not.toHaveURL(original);
  await expect(page.getByRole('heading', { name: 'Delivery of wallet.created' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText(original.split('/').pop()!);
  await expect(page.getByRole('region', { name: 'Body sent' })).toContainText(walletUuid);

  // A disabled endpoint gets nothing sent again, and the page says why.
  await page.getByRole('region', { name: 'Summary' }).getByRole('link', { name: url }).click();
  await page.getByRole('button', { name: 'Disable endpoint' }).click();
  await page.getByRole('dialog', { name: 'Disable this endpoint?' }).getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Disabled');
  await page.goto(original);
  await page.getByRole('button', { name: 'Send again' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The endpoint is disabled' })).toBeVisible();
});
