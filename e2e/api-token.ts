import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/**
 * A Bearer header for the API as an integrator gets one: account credentials made on the
 * Developers page by the signed-in merchant (the secret copied from its reveal-once dialog, so the
 * page needs clipboard permissions), exchanged at the token endpoint.
 */
export async function apiToken(page: Page, request: APIRequestContext, scopes: readonly string[] = ['wallet:read', 'charge:create', 'charge:read']): Promise<Record<string, string>> {
  const name = `E2E client ${randomUUID().slice(0, 8)}`;
  await page.goto('/dashboard/developers');
  const form = page.getByRole('form', { name: 'New credentials' });
  await form.getByLabel('Name').fill(name);
  for (const scope of scopes) await form.getByRole('checkbox', { name: new RegExp(`^${scope}`) }).check();
  await form.getByRole('button', { name: 'Create credentials' }).click();
  const dialog = page.getByRole('dialog', { name: `Credentials created: ${name}` });
  await dialog.getByRole('button', { name: 'Copy client secret' }).click();
  const clientSecret = await page.evaluate(() => navigator.clipboard.readText());
  const clientId = (await dialog.getByLabel('Client ID').textContent())!.trim();
  await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  const issued = await request.post('/api/oauth2/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  expect(issued.status()).toBe(200);
  return { Authorization: `Bearer ${(await issued.json()).access_token}` };
}
