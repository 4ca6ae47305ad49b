import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

export async function openWebhooks(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Developers' }).click();
  await page.getByRole('link', { name: 'Webhooks' }).click();
  await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
}

export async function createEndpoint(page: Page, endpoint: { url: string; events: string[]; format: 'Platform envelope' | 'QI envelope' }) {
  const form = page.getByRole('form', { name: 'New endpoint' });
  await form.getByLabel('Endpoint URL').fill(endpoint.url);
  await form.getByLabel('X-Webhook-Key').fill(`e2e-key-${randomUUID().slice(0, 8)}`);
  for (const event of endpoint.events) await form.getByRole('checkbox', { name: event }).check();
  await form.getByRole('radio', { name: endpoint.format }).check();
  await form.getByRole('button', { name: 'Create endpoint' }).click();

  const dialog = page.getByRole('dialog', { name: `Endpoint created: ${endpoint.url}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('note')).toContainText('only time it is shown');
  await expect(dialog.getByRole('note')).toContainText('Copy the signing secret now');
  const secret = (await dialog.getByLabel('Signing secret').textContent())!.trim();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
  await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  await expect(dialog).toBeHidden();
  return secret;
}
