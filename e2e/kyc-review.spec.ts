import { randomUUID } from 'node:crypto';
import { generateCpf } from '@brazilian-utils/brazilian-utils';
import { expect, test } from '@playwright/test';
import { fillNaturalPerson } from './credit-wizard';
import { DEMO, signIn } from './demo';

test('an operator rejects a pending credit wallet with a reason, and the merchant sees why', async ({ page, browser }) => {
  const name = `Kyc Rejected ${randomUUID().slice(0, 8)}`;
  const cpf = generateCpf();
  const reason = 'Proof of address does not match the application';

  // The merchant onboards a credit wallet: it waits for KYC analysis.
  await signIn(page, DEMO.merchantUser);
  await page.goto('/dashboard/wallets/credit/new');
  const form = page.getByRole('form', { name: 'New credit wallet' });
  await fillNaturalPerson(form.getByRole('group', { name: 'Owner details' }), { name, cpf, email: 'owner@kyc.e2e.test' });
  await form.getByLabel('Postpaid credit limit (BRL)').fill('3000');
  await form.getByRole('button', { name: 'Create credit wallet' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/[0-9a-f-]{36}$/);
  await expect(page.getByText('Pending analysis')).toBeVisible();

  // The operator, in a browser of their own, finds it in the queue.
  const operatorContext = await browser.newContext();
  const admin = await operatorContext.newPage();
  await signIn(admin, DEMO.adminUser);
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'KYC review' }).click();
  await expect(admin).toHaveURL(/\/admin\/kyc$/);
  await expect(admin.getByRole('heading', { name: 'KYC review' })).toBeVisible();
  const filters = admin.getByRole('form', { name: 'Filter the KYC queue' });
  await filters.getByLabel('Owner name or document').fill(`${cpf.slice(0, 3)}.${cpf.slice(3, 6)}`);
  await filters.getByLabel('Owner type').selectOption('natural');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(admin.getByText('1 wallet waiting', { exact: true })).toBeVisible();
  const queue = admin.getByRole('table', { name: 'Wallets waiting for review' });
  await expect(queue.getByRole('row', { name: new RegExp(name) })).toContainText(DEMO.accountName);
  await queue.getByRole('link', { name }).click();

  // The review shows the owner and the automatic checks.
  await expect(admin.getByRole('heading', { name })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'Owner' })).toContainText('Avenida Paulista, 1000');
  const checks = admin.getByRole('list', { name: 'Automatic checks' }).getByRole('listitem');
  await expect(checks).toHaveCount(3);
  await expect(checks.filter({ hasText: 'CPF check digits' })).toContainText('Passed');
  await expect(checks.filter({ hasText: 'Owner is of age (18+)' })).toContainText('Passed');
  await expect(checks.filter({ hasText: 'Document not on another active credit wallet' })).toContainText('Passed');

  // A rejection needs a reason.
  const reject = admin.getByRole('form', { name: 'Reject wallet' });
  await reject.getByRole('button', { name: 'Reject' }).click();
  await expect(reject.getByRole('alert').filter({ hasText: 'At least 3 characters' })).toBeVisible();
  await reject.getByLabel('Reason for rejection').fill(reason);
  await reject.getByRole('button', { name: 'Reject' }).click();
  await admin.getByRole('dialog', { name: `Reject ${name}?` }).getByRole('button', { name: 'Reject wallet' }).click();

  await expect(admin).toHaveURL(/\/admin\/kyc\?decided=rejected/);
  await expect(admin.getByRole('status').filter({ hasText: `Rejected the credit wallet of ${name}` })).toBeVisible();
  await expect(admin.getByRole('link', { name })).toHaveCount(0);
  await operatorContext.close();

  // The merchant's open wallet page follows the decision by itself (it polls while KYC is pending)…
  await expect(page.getByRole('region', { name: 'KYC rejected' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Updates live')).toHaveCount(0);

  // …and after a reload it sees the outcome, the reason and when it was decided.
  await page.reload();
  await expect(page.getByText('Rejected', { exact: true })).toBeVisible();
  const outcome = page.getByRole('region', { name: 'KYC rejected' });
  await expect(outcome).toContainText(`Reason: ${reason}`);
  await expect(outcome.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
});
