import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fillContact, fillNaturalPerson } from './credit-wizard';
import { DEMO, signIn } from './demo';

async function openWizard(page: Page) {
  await signIn(page, DEMO.merchantUser);
  await page.goto('/dashboard/wallets/credit');
  await page.getByRole('link', { name: 'New credit wallet' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/new$/);
  return page.getByRole('form', { name: 'New credit wallet' });
}

/** The closing-date column of the "Next 12 invoices" preview, one entry per row. */
async function closingDates(form: Locator) {
  const preview = form.getByRole('table', { name: 'Next 12 invoices' });
  await expect(preview.getByRole('row')).toHaveCount(13);
  return preview.locator('tbody tr td:nth-of-type(1) time').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('datetime')!));
}

test('a merchant onboards a natural person: masked CPF and postal code, pending analysis, limit edited', async ({ page }) => {
  const form = await openWizard(page);
  const owner = form.getByRole('group', { name: 'Owner details' });
  const cpf = generateCpf();
  await fillNaturalPerson(owner, { name: 'Joana Natural', cpf, email: 'joana@e2e.test' });
  // The inputs show the masks; the form keeps the digits the API takes.
  await expect(owner.getByLabel('CPF')).toHaveValue(`${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`);
  await expect(owner.getByLabel('Postal code')).toHaveValue('01310-930');
  await form.getByLabel('Postpaid credit limit (BRL)').fill('5000.00');
  await form.getByRole('button', { name: 'Create credit wallet' }).click();

  await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Joana Natural' })).toBeVisible();
  await expect(page.getByText('Pending analysis')).toBeVisible();
  await expect(page.getByText(`Owner ${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`)).toBeVisible();
  const limits = page.getByRole('region', { name: 'Limits' });
  const postpaid = limits.getByRole('row', { name: /Postpaid credit limit/ });
  // Amounts as the reader's locale writes them: English here (the spec signs in in English).
  await expect(postpaid.getByRole('cell')).toHaveText([/R\$5,000\.00/, /R\$0\.00/, /R\$5,000\.00/]);

  const editor = limits.getByRole('form', { name: 'Edit postpaid credit limit' });
  await editor.getByLabel('New postpaid credit limit (BRL)').fill('12.345');
  await editor.getByRole('button', { name: 'Save limit' }).click();
  await expect(editor.getByRole('alert')).toContainText('more than 2 decimal places');
  await editor.getByLabel('New postpaid credit limit (BRL)').fill('7500.50');
  await editor.getByRole('button', { name: 'Save limit' }).click();
  await expect(editor.getByRole('status')).toHaveText('Limit saved.');
  await expect(postpaid.getByRole('cell')).toHaveText([/R\$7,500\.50/, /R\$0\.00/, /R\$7,500\.50/]);

  await page.goto('/dashboard/wallets/credit?wallet_status=pending_analysis');
  await page.getByLabel('Owner CPF or CNPJ').fill(cpf);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('link', { name: 'Joana Natural' })).toBeVisible();
  await expect(page.getByText('1 wallet', { exact: true })).toBeVisible();
});

test('a merchant onboards a legal person with an alphanumeric CNPJ and a legal representative', async ({ page }) => {
  const form = await openWizard(page);
  await form.getByLabel('Legal person (CNPJ)').check();
  const owner = form.getByRole('group', { name: 'Owner details' });
  const cnpj = generateCnpj({ version: 2 });
  await owner.getByLabel('Legal name').fill('Empresa Alfa LTDA');
  await owner.getByLabel('Trading name').fill('Alfa');
  await owner.getByLabel('CNPJ').fill(cnpj.toLowerCase());
  await expect(owner.getByLabel('CNPJ')).toHaveValue(`${cnpj.slice(0, 2)}.${cnpj.slice(2, 5)}.${cnpj.slice(5, 8)}/${cnpj.slice(8, 12)}-${cnpj.slice(12)}`);
  await owner.getByLabel('Foundation date').fill('2015-02-10');
  await fillContact(owner, 'financeiro@alfa.e2e.test');

  const representative = form.getByRole('group', { name: 'Legal representative 1' });
  await fillNaturalPerson(representative, { name: 'Rita Representante', cpf: '12345678901', email: 'rita@alfa.e2e.test' });
  await form.getByLabel('Postpaid credit limit (BRL)').fill('20000');
  await form.getByRole('button', { name: 'Create credit wallet' }).click();
  // A representative CPF with wrong check digits is marked on its input (CIN000002 on the API).
  await expect(representative.getByRole('alert')).toHaveText('Invalid CPF: 11 digits with valid check digits');
  await representative.getByLabel('CPF').fill(generateCpf());

  await form.getByRole('button', { name: 'Add legal representative' }).click();
  await expect(form.getByRole('group', { name: 'Legal representative 2' })).toBeVisible();
  await form.getByRole('button', { name: 'Remove legal representative 2' }).click();
  await form.getByRole('button', { name: 'Create credit wallet' }).click();

  await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Empresa Alfa LTDA' })).toBeVisible();
  await expect(page.getByText('Pending analysis')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Limits' }).getByRole('row', { name: /Postpaid credit limit/ })).toContainText('20,000.00');
});

test('the preview of the next 12 invoices follows the closing and due configuration', async ({ page }) => {
  const form = await openWizard(page);
  const before = await closingDates(form);
  expect(before.every((date) => date.endsWith('-15'))).toBe(true);

  await form.getByLabel('Closing day').fill('10');
  await expect.poll(() => closingDates(form)).not.toEqual(before);
  const onTenth = await closingDates(form);
  expect(onTenth.every((date) => date.endsWith('-10'))).toBe(true);

  // A weekday rule: the last Friday of each month, moved back off holidays (never past Friday),
  // falling due the next month.
  await form.getByLabel('Months after closing').fill('1');
  await form.getByLabel('Closing date type').selectOption('rule_based');
  await expect.poll(() => closingDates(form)).not.toEqual(onTenth);
  const weekdays = (await closingDates(form)).map((date) => new Date(`${date}T12:00:00Z`).getUTCDay());
  expect(weekdays.every((day) => day >= 1 && day <= 5)).toBe(true);
  expect(weekdays.filter((day) => day === 5).length).toBeGreaterThan(8);

  // A due day too close to a fixed closing is refused live, with the rule the API would apply.
  await form.getByLabel('Closing date type').selectOption('fixed');
  await form.getByLabel('Months after closing').fill('0');
  await form.getByLabel('Closing day').fill('19');
  await expect(form.getByRole('status').filter({ hasText: 'CIN000063' })).toBeVisible();
});
