import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './demo';

async function readRevealed(page: Page, title: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('note')).toContainText('only time it is shown');
  await dialog.getByRole('button', { name: 'Copy client secret' }).click();
  await expect(dialog.getByRole('button', { name: 'Client secret copied' })).toBeVisible();
  const clientSecret = await page.evaluate(() => navigator.clipboard.readText());
  const clientId = (await dialog.getByLabel('Client ID').textContent())!.trim();
  return { dialog, clientId, clientSecret };
}

test('the merchant creates API credentials, a client exchanges them for a token over HTTP, then they are rotated and revoked', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const name = `ERP sync ${randomUUID().slice(0, 8)}`;
  await signIn(page, DEMO.merchantUser);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Developers' }).click();
  await expect(page.getByRole('heading', { name: 'Developers' })).toBeVisible();

  const form = page.getByRole('form', { name: 'New credentials' });
  await form.getByRole('button', { name: 'Create credentials' }).click();
  await expect(form.getByRole('alert').first()).toBeVisible();
  await form.getByLabel('Name').fill(name);
  await form.getByRole('checkbox', { name: /wallet:read/ }).check();
  await form.getByRole('checkbox', { name: /charge:read/ }).check();
  await form.getByRole('button', { name: 'Create credentials' }).click();

  const { dialog, clientId, clientSecret } = await readRevealed(page, `Credentials created: ${name}`);
  expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
  expect(clientSecret).toMatch(/^sk_(test|live)_/);
  await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name });
  await expect(row.getByRole('cell', { name: clientId })).toBeVisible();
  await expect(row.getByRole('cell', { name: `…${clientSecret.slice(-4)}` })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'wallet:read charge:read' })).toBeVisible();
  await expect(row).toContainText('Never');
  await expect(row).toContainText('Active');
  expect(await page.content()).not.toContain(clientSecret);

  // A client, with plain HTTP: the token endpoint as Cognito takes it, then an API route.
  const issued = await request.post('/api/oauth2/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  expect(issued.status()).toBe(200);
  const token = await issued.json();
  expect(token).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
  const auth = { Authorization: `Bearer ${token.access_token}` };
  const info = await request.get('/api/v1/token/info/', { headers: auth });
  expect(info.status()).toBe(200);
  expect(await info.json()).toEqual({ client_id: clientId, entity_uuid: DEMO.entityUuid, wallet_uuid: null, scopes: ['wallet:read', 'charge:read'] });

  await page.reload();
  await expect(page.getByRole('row', { name })).not.toContainText('Never');

  // Rotation: a new secret for the same client id; the old one keeps working during the grace period.
  await page.getByRole('button', { name: `Rotate secret of ${name}` }).click();
  await page.getByRole('dialog', { name: `Rotate the secret of ${name}?` }).getByRole('button', { name: 'Rotate secret' }).click();
  const rotated = await readRevealed(page, `New secret for ${name}`);
  expect(rotated.clientId).toBe(clientId);
  expect(rotated.clientSecret).not.toBe(clientSecret);
  await expect(rotated.dialog).toContainText('The previous secret keeps working until');
  await rotated.dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  const basic = (secret: string) => ({ Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` });
  for (const secret of [clientSecret, rotated.clientSecret]) {
    const again = await request.post('/api/oauth2/token', { form: { grant_type: 'client_credentials' }, headers: basic(secret) });
    expect(again.status()).toBe(200);
  }
  await expect(page.getByRole('row', { name })).toContainText(`…${rotated.clientSecret.slice(-4)}`);
  await expect(page.getByRole('row', { name })).toContainText('Previous secret valid until');

  // Revocation cuts off the secrets and the tokens already issued.
  await page.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('button', { name: `Confirm revoke ${name}` }).click();
  await expect(page.getByRole('row', { name })).toContainText('Revoked');
  await expect(page.getByRole('button', { name: `Rotate secret of ${name}` })).toHaveCount(0);
  expect((await request.get('/api/v1/token/info/', { headers: auth })).status()).toBe(401);
  const refused = await request.post('/api/oauth2/token', { form: { grant_type: 'client_credentials' }, headers: basic(rotated.clientSecret) });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: 'invalid_client' });
});

test('the API reference renders the OpenAPI document', async ({ page, request }) => {
  const document = await (await request.get('/api/openapi.json')).json();
  expect(document.openapi).toBe('3.1.0');
  expect(document.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl).toBe('/api/oauth2/token');

  await page.goto('/docs');
  await expect(page.getByRole('heading', { name: /Wallet Platform API/ }).first()).toBeVisible();
  const nav = page.getByRole('menu');
  await nav.getByRole('menuitem', { name: 'Authentication' }).last().click();
  await nav.getByText('Exchange client credentials for an access token').click();
  await expect(page.getByRole('heading', { name: 'Exchange client credentials for an access token' })).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Describe the caller behind a token' })).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Check that the service and its database are up' })).toBeAttached();
});
