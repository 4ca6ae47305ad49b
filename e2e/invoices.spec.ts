import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import { apiToken } from './api-token';
import { createCreditWalletInWizard } from './credit-wizard';
import { DEMO, signIn } from './demo';

const BRL_WALLET = DEMO_ACTIVITY.paymentWallets[0].name;

/** Issues a card under the wallet on its page and reads its number, expiry and CVV from the reveal-once dialog. */
async function issueCard(page: Page) {
  const issue = page.getByRole('region', { name: 'Cards' }).getByRole('form', { name: 'Issue a card' });
  await issue.getByLabel('Card name').fill('Fatura E2E');
  await issue.getByLabel('Printed name').fill('Joana Fatura');
  await issue.getByLabel('Card limit (BRL)').fill('500');
  await issue.getByRole('button', { name: 'Issue card' }).click();
  const dialog = page.getByRole('dialog', { name: /^Card •••• \d{4} issued$/ });
  const number = (await dialog.getByLabel('Card number').textContent())!.trim();
  const cvv = (await dialog.getByLabel('Security code').textContent())!.trim();
  const expiry = (await dialog.locator('div').filter({ has: page.getByRole('term').filter({ hasText: 'Expiry (MM/YY)' }) }).getByRole('definition').textContent())!.trim();
  await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  return { number, cvv, expiry };
}

/** A payer with no session pays the link in one payment with the card (the BRL checkout speaks Portuguese). */
async function payInFull(browser: Browser, checkoutPath: string, card: { number: string; expiry: string; cvv: string }, tag: string) {
  const payer = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await payer.goto(checkoutPath);
  await payer.getByLabel('Nome completo').fill('Joana Natural');
  await payer.getByLabel('E-mail').fill(`invoice-${tag}@e2e.test`);
  await payer.getByLabel('CPF ou CNPJ').pressSequentially('52998224725');
  await payer.getByLabel('Celular').fill('+55 11 98765-4321');
  await payer.getByLabel('Nome impresso no cartão').fill('JOANA FATURA');
  await payer.getByLabel('Número do cartão').pressSequentially(card.number);
  await payer.getByLabel('Validade (MM/AA)').fill(card.expiry);
  await payer.getByLabel('Código de segurança (CVV)').fill(card.cvv);
  await payer.getByRole('button', { name: 'Pagar R$ 120,00' }).click();
  await expect(payer.getByTestId('checkout-outcome')).toHaveText('Pagamento aprovado');
  await payer.context().close();
}

test('a card purchase fills the open invoice; the sandbox closes it, the merchant sees its bank slip, the sandbox pays it and the limit comes back', async ({
  page,
  context,
  browser,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const tag = randomUUID().slice(0, 8);
  const owner = `Joana Fatura ${tag}`;
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request, ['credit:read', 'credit:write']);

  // An active credit wallet of R$ 2.000,00 has an open invoice from the start, billing nothing yet.
  const walletKey = await createCreditWalletInWizard(page, { name: owner, email: `owner-${tag}@e2e.test` }, '2000');
  const walletPath = `/dashboard/wallets/credit/${walletKey}`;
  const approved = await request.post(`/api/v1/sandbox/wallets/${walletKey}/kyc`, { headers: auth, data: { action: 'approve' } });
  expect(approved.status(), await approved.text()).toBe(200);
  await page.reload();
  const invoices = page.getByRole('region', { name: 'Invoices' });
  const open = invoices.getByRole('group', { name: 'Open invoice' });
  await expect(open.getByTestId('open-invoice-total')).toHaveText('R$0.00');
  await expect(open.getByRole('term')).toHaveText(['Current total', 'Next closing', 'Next due']);
  await expect(open.getByRole('definition').nth(1)).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  await expect(invoices).toContainText('No invoice has closed yet.');

  // A purchase of R$ 120,00 in one payment, at a checkout, with a card of the wallet.
  const card = await issueCard(page);
  await page.goto('/dashboard/payment-links/new');
  const linkForm = page.getByRole('form', { name: 'New payment link' });
  await linkForm.getByLabel('Wallet').selectOption({ label: `${BRL_WALLET} (BRL)` });
  await linkForm.getByLabel('Product name').fill(`Fatura E2E ${tag}`);
  await linkForm.getByLabel('Amount (BRL)').fill('120.00');
  await linkForm.getByRole('button', { name: 'Create payment link' }).click();
  await expect(page.getByRole('heading', { name: `Fatura E2E ${tag}` })).toBeVisible();
  await payInFull(browser, new URL(await page.getByLabel('Checkout URL').inputValue()).pathname, card, tag);

  // The open invoice bills it, and the wallet's limit is used by it.
  await page.goto(walletPath);
  await expect(open.getByTestId('open-invoice-total')).toHaveText('R$120.00');
  const limits = page.getByRole('region', { name: 'Limits' });
  await expect(limits.getByRole('meter', { name: 'Postpaid credit limit usage' })).toHaveAttribute('aria-valuetext', 'R$120.00 used of R$2,000.00; R$1,880.00 available');

  // The sandbox closes the invoice now, as an integrator would to see the cycle without waiting a month.
  const closed = await request.post(`/api/v1/sandbox/credit/wallets/${walletKey}/invoice/close`, { headers: auth, data: {} });
  expect(closed.status(), await closed.text()).toBe(200);
  const invoice = await closed.json();
  expect(invoice).toMatchObject({ invoice_status: 'closed' });
  expect(invoice.invoice_key).toMatch(/^[0-9a-f-]{36}$/);
  expect(invoice.bank_slip).toBeTruthy();

  // The wallet page lists it among past invoices, owing the purchase; a new cycle opened, empty.
  await page.reload();
  await expect(open.getByTestId('open-invoice-total')).toHaveText('R$0.00');
  const past = invoices.getByRole('table', { name: 'Past invoices' });
  await expect(past.getByRole('row')).toHaveCount(2);
  await expect(past.getByRole('row').nth(1).getByRole('cell')).toHaveText([/\d{4}$/, /\d{4}$/, 'Closed', 'R$120.00', 'R$0.00', 'R$120.00']);
  await past.getByRole('row').nth(1).getByRole('link').click();
  await expect(page).toHaveURL(`${walletPath}/invoices/${invoice.invoice_key}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Invoice closing [A-Z][a-z]{2} \d{1,2}, \d{4}$/);

  // Its page: the figures, the purchase as an item, and the bank slip to pay it with.
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByTestId('invoice-total')).toHaveText('R$120.00');
  await expect(summary.getByTestId('invoice-amount-due')).toHaveText('R$120.00');
  const items = page.getByRole('table', { name: 'Invoice items' });
  await expect(items.getByRole('row')).toHaveCount(2);
  await expect(items.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Purchase', '1/1', 'R$120.00']);
  await expect(page.getByRole('table', { name: 'Invoice payments' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Payments' })).toContainText('No payments yet.');

  const slip = page.getByRole('region', { name: 'Bank slip' });
  await expect(slip).toContainText('Issued');
  await expect(slip.getByTestId('bank-slip-amount')).toHaveText('R$120.00');
  const line = slip.getByTestId('bank-slip-line');
  await expect(line).toHaveText(/^\d{5}\.\d{5} \d{5}\.\d{6} \d{5}\.\d{6} \d \d{14}$/);
  await expect(slip.getByRole('img', { name: 'Bank slip barcode' }).locator('svg')).toBeVisible();
  await slip.getByRole('button', { name: 'Copy line' }).click();
  await expect(slip.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await line.textContent())!.replace(/\D/g, ''));

  // The PDF is the signed-in owner's only.
  const pdfHref = (await slip.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!;
  expect(pdfHref).toBe(`${walletPath}/invoices/${invoice.invoice_key}/bank-slip.pdf`);
  const pdf = await page.request.get(pdfHref);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  // The API request context carries no session cookie: a stranger gets nothing.
  const anonymous = await request.get(pdfHref);
  expect(anonymous.status()).toBe(401);

  // The sandbox pays the slip in full: the invoice is paid and the wallet's limit is back.
  const paid = await request.post(`/api/v1/sandbox/credit/wallets/${walletKey}/invoice/${invoice.invoice_key}/pay`, { headers: auth, data: {} });
  expect(paid.status(), await paid.text()).toBe(200);
  await page.reload();
  await expect(summary.getByRole('definition').first()).toHaveText('Paid');
  await expect(summary.getByTestId('invoice-paid')).toHaveText('R$120.00');
  await expect(summary.getByTestId('invoice-amount-due')).toHaveText('R$0.00');
  await expect(slip).toContainText('Paid');
  await expect(slip.getByRole('button', { name: 'Copy line' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Invoice payments' }).getByRole('row').nth(1).getByRole('cell')).toHaveText(['Bank slip', 'Paid', 'R$120.00', /\d{4}$/]);

  await page.getByRole('link', { name: '← Credit wallet' }).click();
  await expect(page).toHaveURL(walletPath);
  await expect(limits.getByRole('row', { name: /Postpaid credit limit/ }).getByRole('cell')).toHaveText([/R\$2,000\.00/, /R\$0\.00/, /R\$2,000\.00/]);
  await expect(limits.getByRole('meter', { name: 'Postpaid credit limit usage' })).toHaveAttribute('aria-valuetext', 'R$0.00 used of R$2,000.00; R$2,000.00 available');
  // The card's own limit is given back too.
  await expect(page.getByRole('meter', { name: /Limit of card/ })).toHaveAttribute('aria-valuetext', 'R$0.00 used of R$500.00; R$500.00 available');
  await expect(past.getByRole('row').nth(1).getByRole('cell')).toHaveText([/\d{4}$/, /\d{4}$/, 'Paid', 'R$120.00', 'R$120.00', 'R$0.00']);

  // The account's Invoices page lists it with its wallet, and filters by status.
  await page.goto('/dashboard/invoices');
  await page.getByLabel('Status').selectOption({ label: 'Paid' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/invoice_status=paid/);
  const mine = page.getByRole('table', { name: 'All invoices' }).getByRole('row').filter({ has: page.getByRole('link', { name: owner }) });
  await expect(mine.getByRole('cell')).toHaveText([owner, /\d{4}$/, /\d{4}$/, 'Paid', 'R$120.00', 'R$120.00', 'R$0.00']);
  await mine.getByRole('link').nth(1).click();
  await expect(page).toHaveURL(`${walletPath}/invoices/${invoice.invoice_key}`);
});
