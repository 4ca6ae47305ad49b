import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiToken } from './api-token';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import { DEMO, signIn } from './demo';

const BRL_WALLET = DEMO_ACTIVITY.paymentWallets[0].name;
const MERCHANT = DEMO.merchants[0].name;
const APPROVED = '4024007153763191';
/** The sandbox's issuer that always demands 3DS (lib/charges/acquirer/sandbox.ts), approving after it. */
const CHALLENGED = '4000000000003220';

/** Intl writes a no-break space between "R$" and the figures; match any space. */
const money = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

/** A payer: another browser with no session (asking for English: a BRL link answers in Portuguese all the same). */
async function payerPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ locale: 'en-US' })).newPage();
}

/** The payer's details on the checkout, typed as people type them (the CPF is masked as it goes). */
async function fillPayer(checkout: Page, email: string) {
  await checkout.getByLabel('Nome completo').fill('Ana Paula Ferreira');
  await checkout.getByLabel('E-mail').fill(email);
  await checkout.getByLabel('CPF ou CNPJ').pressSequentially('52998224725');
  await expect(checkout.getByLabel('CPF ou CNPJ')).toHaveValue('529.982.247-25');
  await checkout.getByLabel('Celular').fill('+55 11 98765-4321');
}

test('a merchant creates a payment link; payers pay it by card and by Pix on its checkout; the merchant follows both and deactivates it', async ({ page, context, browser, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const tag = randomUUID().slice(0, 8);
  const product = `Camiseta E2E ${tag}`;
  const returnPage = `${baseURL}/login?from=checkout-${tag}`;
  await signIn(page, DEMO.merchantUser);

  // The merchant creates the link, watching the preview of the checkout in the payer's language.
  await page.goto('/dashboard/payment-links');
  await page.getByRole('link', { name: 'New payment link' }).click();
  const form = page.getByRole('form', { name: 'New payment link' });
  await form.getByLabel('Wallet').selectOption({ label: `${BRL_WALLET} (BRL)` });
  await form.getByLabel('Product name').fill(product);
  await form.getByLabel('Description (optional)').fill('Algodão orgânico, tamanho M');
  await form.getByLabel('Amount (BRL)').fill('120.00');
  // The methods a BRL wallet offers may come pre-checked (which wallet is first depends on the data): say exactly which.
  await form.getByRole('checkbox', { name: 'Pix' }).check();
  await form.getByRole('checkbox', { name: 'Boleto' }).uncheck();
  await form.getByLabel('Card installments').selectOption({ label: '3 installments at most' });
  await form.getByLabel('Return page (optional)').fill(returnPage);
  const preview = page.getByRole('complementary', { name: 'Checkout preview' });
  await expect(preview.getByTestId('checkout-merchant')).toHaveText(`Pagamento para ${MERCHANT}`, { ignoreCase: true });
  await expect(preview.getByTestId('checkout-product')).toHaveText(product);
  await expect(preview.getByTestId('checkout-amount')).toHaveText(money('R$ 120,00'));
  await expect(preview).toContainText(money('Ou em até 3 parcelas de R$ 40,00 no cartão'));
  await expect(preview.getByRole('tab')).toHaveText(['Cartão', 'Pix']);
  await form.getByRole('button', { name: 'Create payment link' }).click();

  await expect(page).toHaveURL(/\/dashboard\/payment-links\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: product })).toBeVisible();
  const share = page.getByRole('region', { name: 'Share' });
  const checkoutUrl = await share.getByLabel('Checkout URL').inputValue();
  const linkUuid = page.url().split('/').pop()!;
  expect(checkoutUrl).toBe(`${baseURL}/checkout/${linkUuid}`);
  await share.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(checkoutUrl);
  // The QR code of the URL downloads as a PNG, for the link's owner only.
  const qrPath = (await share.getByRole('link', { name: 'Download QR code' }).getAttribute('href'))!;
  const qr = await page.request.get(qrPath);
  expect(qr.headers()['content-type']).toBe('image/png');
  expect(qr.headers()['content-disposition']).toBe(`attachment; filename="payment-link-${linkUuid}.png"`);
  expect((await qr.body()).subarray(1, 4).toString()).toBe('PNG');
  expect((await request.get(qrPath)).status()).toBe(401);

  // A payer opens the link with no session and pays by card in 3 installments.
  const cardPayer = await payerPage(browser);
  await cardPayer.goto(new URL(checkoutUrl).pathname);
  await expect(cardPayer.getByRole('heading', { level: 1, name: product })).toBeVisible();
  await expect(cardPayer.getByTestId('checkout-amount')).toHaveText(money('R$ 120,00'));
  await expect(cardPayer.getByRole('tab', { name: 'Cartão' })).toHaveAttribute('aria-selected', 'true');
  // The browser checks the payer's details with the server's own rules before anything is sent.
  await cardPayer.getByRole('button', { name: 'Pagar R$ 120,00' }).click();
  await expect(cardPayer.getByText('Digite seu nome completo')).toBeVisible();
  await fillPayer(cardPayer, `card-${tag}@e2e.test`);
  await cardPayer.getByLabel('CPF ou CNPJ').fill('529.982.247-24');
  await cardPayer.getByLabel('Parcelas').selectOption({ label: '3 × R$ 40,00' });
  await cardPayer.getByLabel('Nome impresso no cartão').fill('ANA P FERREIRA');
  await cardPayer.getByLabel('Número do cartão').pressSequentially(APPROVED);
  await expect(cardPayer.getByTestId('card-brand')).toHaveText('Bandeira: Visa');
  await cardPayer.getByLabel('Validade (MM/AA)').fill('12/31');
  await cardPayer.getByLabel('Código de segurança (CVV)').fill('123');
  await cardPayer.getByRole('button', { name: 'Pagar R$ 120,00' }).click();
  await expect(cardPayer.getByText('Digite um CPF ou CNPJ válido')).toBeVisible();
  await cardPayer.getByLabel('CPF ou CNPJ').fill('');
  await cardPayer.getByLabel('CPF ou CNPJ').pressSequentially('52998224725');
  await cardPayer.getByRole('button', { name: 'Pagar R$ 120,00' }).click();
  await expect(cardPayer).toHaveURL(new RegExp(`/checkout/${linkUuid}/[0-9a-f-]{36}$`));
  await expect(cardPayer.getByTestId('checkout-outcome')).toHaveText('Pagamento aprovado');
  await expect(cardPayer.getByRole('status').filter({ hasText: 'Levando você de volta' })).toContainText(MERCHANT);
  await expect(cardPayer).toHaveURL(returnPage);
  await cardPayer.context().close();

  // A payer whose bank demands 3DS is sent to the challenge, authenticates, and is back at the store.
  const threeDsPayer = await payerPage(browser);
  await threeDsPayer.goto(new URL(checkoutUrl).pathname);
  await fillPayer(threeDsPayer, `3ds-${tag}@e2e.test`);
  await threeDsPayer.getByLabel('Nome impresso no cartão').fill('ANA P FERREIRA');
  await threeDsPayer.getByLabel('Número do cartão').pressSequentially(CHALLENGED);
  await threeDsPayer.getByLabel('Validade (MM/AA)').fill('12/31');
  await threeDsPayer.getByLabel('Código de segurança (CVV)').fill('123');
  await threeDsPayer.getByRole('button', { name: 'Pagar R$ 120,00' }).click();
  await expect(threeDsPayer).toHaveURL(/\/pay\/3ds\/[0-9a-f-]{36}$/);
  await expect(threeDsPayer.getByTestId('challenge-amount')).toHaveText(money('R$ 120,00'));
  await threeDsPayer.getByRole('button', { name: 'Autenticar' }).click();
  await expect(threeDsPayer.getByRole('status')).toContainText('Pagamento autenticado.');
  await expect(threeDsPayer).toHaveURL(returnPage);
  await threeDsPayer.context().close();

  // Another payer picks Pix with the keyboard; the sandbox pays it; the page turns to paid by itself.
  const pixPayer = await payerPage(browser);
  await pixPayer.goto(new URL(checkoutUrl).pathname);
  await pixPayer.getByRole('tab', { name: 'Cartão' }).focus();
  await pixPayer.keyboard.press('ArrowRight');
  await expect(pixPayer.getByRole('tab', { name: 'Pix' })).toBeFocused();
  await expect(pixPayer.getByRole('tab', { name: 'Pix' })).toHaveAttribute('aria-selected', 'true');
  await fillPayer(pixPayer, `pix-${tag}@e2e.test`);
  await pixPayer.getByRole('button', { name: 'Pagar R$ 120,00 com Pix' }).click();
  await expect(pixPayer).toHaveURL(new RegExp(`/checkout/${linkUuid}/[0-9a-f-]{36}$`));
  await expect(pixPayer.getByTestId('pix-qr')).toBeVisible();
  await expect(pixPayer.getByLabel('Código Pix copia e cola')).toHaveValue(/^000201/);
  await expect(pixPayer.getByTestId('payment-status')).toHaveAttribute('data-state', 'awaiting');
  const pixCharge = pixPayer.url().split('/').pop()!;
  const auth = await apiToken(page, request);
  const paid = await request.post(`/api/v1/sandbox/charges/${pixCharge}/pay`, { headers: auth });
  expect(paid.status(), await paid.text()).toBe(200);
  expect(await paid.json()).toMatchObject({ status: 'paid', type_charge: 'pix', payment_link_uuid: linkUuid });
  await expect(pixPayer.getByTestId('checkout-outcome')).toHaveText('Pagamento aprovado', { timeout: 15_000 });
  await expect(pixPayer).toHaveURL(returnPage);
  await pixPayer.context().close();

  // The merchant sees both payments on the link's page, and the funnel they went through.
  await page.goto(`/dashboard/payment-links/${linkUuid}`);
  const charges = page.getByRole('region', { name: 'Charges' });
  await expect(charges.getByRole('row', { name: product })).toHaveCount(3);
  await expect(charges.getByRole('row').nth(1)).toContainText('Pix');
  await expect(charges.getByRole('row').nth(1)).toContainText('Paid');
  await expect(charges.getByRole('row').nth(2)).toContainText('Visa •••• 3220');
  await expect(charges.getByRole('row').nth(2)).toContainText('Confirmed');
  await expect(charges.getByRole('row').nth(3)).toContainText('Credit card');
  await expect(charges.getByRole('row').nth(3)).toContainText('Visa •••• 3191');
  await expect(charges.getByRole('row').nth(3)).toContainText('Confirmed');
  await expect(page.getByTestId('conversion-opened')).toHaveText('3');
  await expect(page.getByTestId('conversion-started')).toHaveText('3');
  await expect(page.getByTestId('conversion-paid')).toHaveText('3');
  await expect(page.getByRole('region', { name: 'Conversion' })).toContainText('R$360.00');
  await charges.getByRole('row').nth(1).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/charges/${pixCharge}$`));

  // The list totals the link; deactivated, it leaves the active ones and its checkout says so.
  await page.goto('/dashboard/payment-links?status=active');
  const row = page.getByRole('row', { name: product });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('R$360.00');
  await row.getByRole('link', { name: product }).click();
  await page.getByRole('button', { name: 'Deactivate link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deactivate this payment link?' });
  await dialog.getByRole('button', { name: 'Deactivate link' }).click();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Inactive');
  await expect(page.getByRole('button', { name: 'Deactivate link' })).toHaveCount(0);
  await page.goto('/dashboard/payment-links?status=inactive');
  await expect(page.getByRole('row', { name: product })).toContainText('Inactive');

  const late = await payerPage(browser);
  await late.goto(new URL(checkoutUrl).pathname);
  await expect(late.getByTestId('checkout-unavailable')).toHaveText('Este link de pagamento não está mais disponível.');
  await expect(late.getByRole('button', { name: /^Pagar/ })).toHaveCount(0);
  await late.context().close();
});

test('a declined card stays on the checkout to try another; a single-use link paid once is completed', async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 8);
  const product = `Ingresso E2E ${tag}`;
  await signIn(page, DEMO.merchantUser);
  await page.goto('/dashboard/payment-links/new');
  const form = page.getByRole('form', { name: 'New payment link' });
  await form.getByLabel('Wallet').selectOption({ label: `${BRL_WALLET} (BRL)` });
  await form.getByLabel('Product name').fill(product);
  await form.getByLabel('Amount (BRL)').fill('1,000.5');
  await form.getByRole('radio', { name: /^Single use/ }).check();
  await form.getByRole('button', { name: 'Create payment link' }).click();
  await expect(page).toHaveURL(/\/dashboard\/payment-links\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: product })).toBeVisible();
  await expect(page.getByText('R$1,000.50')).toBeVisible();
  const checkoutPath = new URL(await page.getByLabel('Checkout URL').inputValue()).pathname;

  const payer = await payerPage(browser);
  await payer.goto(checkoutPath);
  await expect(payer.getByTestId('checkout-amount')).toHaveText(money('R$ 1.000,50'));
  await fillPayer(payer, `declined-${tag}@e2e.test`);
  await payer.getByLabel('Nome impresso no cartão').fill('ANA P FERREIRA');
  await payer.getByLabel('Número do cartão').pressSequentially('4024007153763192');
  await payer.getByLabel('Validade (MM/AA)').fill('12/31');
  await payer.getByLabel('Código de segurança (CVV)').fill('123');
  await payer.getByRole('button', { name: 'Pagar R$ 1.000,50' }).click();
  await expect(payer.getByRole('alert').filter({ hasText: 'Pagamento não aprovado' })).toHaveText('Pagamento não aprovado. Tente outro cartão.');
  await expect(payer.getByLabel('Número do cartão')).toHaveValue('');
  await payer.getByLabel('Número do cartão').pressSequentially(APPROVED);
  await payer.getByLabel('Código de segurança (CVV)').fill('123');
  await payer.getByRole('button', { name: 'Pagar R$ 1.000,50' }).click();
  await expect(payer.getByTestId('checkout-outcome')).toHaveText('Pagamento aprovado');
  await payer.goto(checkoutPath);
  await expect(payer.getByTestId('checkout-unavailable')).toHaveText('Este link de pagamento já foi pago.');
  await payer.context().close();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Completed');
  const charges = page.getByRole('region', { name: 'Charges' });
  await expect(charges.getByRole('row', { name: product })).toHaveCount(2);
  await expect(charges.getByRole('row').nth(1)).toContainText('Confirmed');
  await expect(charges.getByRole('row').nth(2)).toContainText('Error');
});
