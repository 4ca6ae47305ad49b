import { expect, test, type Page } from '@playwright/test';
import { DEMO, signIn } from './demo';

const FIXED = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(FIXED)) expect(headers[name], name).toBe(value);
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
  expect(headers['x-powered-by']).toBeUndefined();
}

/** Fails the test on any content-policy violation, and on any request that leaves for another host. */
function watchPolicy(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['http:', 'https:'].includes(url.protocol) && url.hostname !== '127.0.0.1') violations.push(`left for ${url.origin}`);
  });
  return violations;
}

test('the sign-in page, a dashboard page and an API route carry the security headers', async ({ page, request }) => {
  const login = await request.get('/login');
  expectSecurityHeaders(login.headers());

  const route = await request.get('/api/health');
  expect(route.status()).toBe(200);
  expectSecurityHeaders(route.headers());

  const violations = watchPolicy(page);
  await signIn(page, DEMO.merchantUser);
  const dashboard = await page.goto('/dashboard/wallets');
  expectSecurityHeaders(await dashboard!.allHeaders());
  // Each response gets its own nonce.
  expect(login.headers()['content-security-policy']).not.toBe(route.headers()['content-security-policy']);
  expect(violations).toEqual([]);
});

test('the API reference renders under the content policy without calling a CDN', async ({ page }) => {
  const violations = watchPolicy(page);
  const response = await page.goto('/docs');
  expectSecurityHeaders(await response!.allHeaders());
  // Redoc parses a 1 MB bundle and the whole document before it renders anything.
  await expect(page.getByRole('heading', { name: /Wallet Platform API/ }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Create a payment wallet' })).toBeVisible();
  expect(violations).toEqual([]);
});
