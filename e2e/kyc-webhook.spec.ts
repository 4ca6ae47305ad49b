import { randomUUID } from 'node:crypto';
import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { expect, test } from '@playwright/test';
import { startReceiver } from '@/lib/testing/webhook-receiver';
import { verifyWebhookSignature } from '@/lib/webhooks/signature';
import { fillNaturalPerson } from './credit-wizard';
import { DEMO, signIn } from './demo';
import { createEndpoint, openWebhooks } from './webhooks-ui';

test('an approved KYC reaches the merchant as a signed QI webhook, kept in the delivery log', async ({ page, browser }) => {
  const receiver = await startReceiver(() => ({ status: 200, body: 'received' }));
  try {
    const name = `Kyc Approved ${randomUUID().slice(0, 8)}`;

    // The merchant points a QI-format endpoint at their receiver for KYC approvals.
    await signIn(page, DEMO.merchantUser);
    await openWebhooks(page);
    const secret = await createEndpoint(page, { url: receiver.url, events: ['wallet.kyc_approved'], format: 'QI envelope' });

    // They onboard a credit wallet, which waits for KYC.
    await page.goto('/dashboard/wallets/credit/new');
    const form = page.getByRole('form', { name: 'New credit wallet' });
    await fillNaturalPerson(form.getByRole('group', { name: 'Owner details' }), { name, cpf: generateCpf(), email: 'owner@approve.e2e.test' });
    await form.getByLabel('Postpaid credit limit (BRL)').fill('2500');
    await form.getByRole('button', { name: 'Create credit wallet' }).click();
    await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/[0-9a-f-]{36}$/);
    const walletKey = page.url().split('/').pop()!;
    await expect(page.getByText('Pending analysis')).toBeVisible();

    // An operator approves it.
    const operatorContext = await browser.newContext();
    const admin = await operatorContext.newPage();
    await signIn(admin, DEMO.adminUser);
    await admin.goto('/admin/kyc');
    const filters = admin.getByRole('form', { name: 'Filter the KYC queue' });
    await filters.getByLabel('Owner name or document').fill(name);
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await admin.getByRole('table', { name: 'Wallets waiting for review' }).getByRole('link', { name }).click();
    await expect(admin.getByRole('heading', { name })).toBeVisible();
    await admin.getByRole('button', { name: 'Approve' }).click();
    await admin.getByRole('dialog', { name: `Approve ${name}?` }).getByRole('button', { name: 'Approve wallet' }).click();
    await expect(admin.getByRole('status').filter({ hasText: `Approved the credit wallet of ${name}` })).toBeVisible();
    await operatorContext.close();

    // The merchant sees it active.
    await page.reload();
    await expect(page.getByText('Active', { exact: true })).toBeVisible();

    // The receiver got the QI KYC result, signed with the secret shown once.
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(1);
    const [hook] = receiver.received;
    const timestamp = String(hook!.headers['x-webhook-timestamp']);
    const signature = String(hook!.headers['x-webhook-signature']);
    expect(verifyWebhookSignature({ secret, timestamp, signature, rawBody: hook!.body, now: new Date() })).toBe(true);
    expect(hook!.headers['x-webhook-key']).toMatch(/^e2e-key-/);
    const body = JSON.parse(hook!.body);
    expect(body).toMatchObject({ webhook_type: 'baas.invoice.wallet', data: { wallet_key: walletKey, wallet_status: 'active' } });
    expect(body.data.owner_person_key).toMatch(/^[0-9a-f-]{36}$/);

    // The delivery log shows that very request and the receiver's answer.
    await page.goto('/dashboard/developers/webhooks');
    await page.getByRole('row', { name: receiver.url }).getByRole('link', { name: receiver.url }).click();
    const recent = page.getByRole('region', { name: 'Recent deliveries' });
    await expect(recent).toContainText('wallet.kyc_approved');
    await recent.getByRole('row').nth(1).getByRole('link').click();
    await expect(page.getByRole('heading', { name: 'Delivery of wallet.kyc_approved' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Succeeded');
    const attempt = page.getByRole('listitem', { name: 'Attempt 1' });
    await expect(attempt).toContainText('succeeded');
    await expect(attempt).toContainText('200');
    await expect(attempt.getByRole('row', { name: /X-Webhook-Signature/i })).toContainText(signature);
    await expect(page.getByRole('region', { name: 'Body sent' })).toContainText(walletKey);
  } finally {
    await receiver.close();
  }
});
