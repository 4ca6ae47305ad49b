import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiToken } from './api-token';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import { DEMO, signIn } from './demo';

const BRL_WALLET = DEMO_ACTIVITY.paymentWallets[0].name;
const SOFT_DESCRIPTOR = DEMO.merchants[0].softDescription;
const PAYER = { name: 'Ana Paula Ferreira', taxId: '529.982.247-25' };

/** "R$1,234.56" or "-R$48.26" (English, as the specs sign in) → minor units. */
const minor = (money: string | null) => BigInt((money ?? '').replace(/[^\d-]/g, ''));

/** Intl writes a no-break space between the symbol and the figure; match any space. */
const money = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`);

/** The virtual terminal, for a Pix or a boleto on the demo BRL wallet; answers the new charge's id. */
async function issueInDashboard(page: Page, charge: { method: 'Pix' | 'Boleto'; description: string; amount: string }) {
  await page.goto('/dashboard/charges/new');
  const form = page.getByRole('form', { name: 'New charge' });
  await form.getByLabel('Wallet').selectOption({ label: `${BRL_WALLET} (BRL)` });
  await form.getByRole('radio', { name: charge.method }).check();
  // A card's fields and installments are not asked for a Pix or a boleto.
  await expect(form.getByLabel('Card number')).toHaveCount(0);
  await expect(form.getByLabel('Installments')).toHaveCount(0);
  await form.getByLabel('Amount (BRL)').fill(charge.amount);
  if (charge.method === 'Pix') await form.getByLabel('Pix expires after (minutes)').fill('30');
  else await expect(form.getByLabel('Due date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await form.getByLabel('Description', { exact: true }).fill(charge.description);
  await form.getByLabel('Payer name').fill(PAYER.name);
  await form.getByLabel('Payer e-mail').fill(`payer-${randomUUID().slice(0, 8)}@e2e.test`);
  await form.getByLabel('Tax ID (CPF/CNPJ, RFC…)').fill(PAYER.taxId);
  await form.getByLabel('Mobile phone').fill('+5511987654321');
  await form.getByLabel('Street').fill('Avenida Paulista');
  await form.getByLabel('Number', { exact: true }).fill('1000');
  await form.getByLabel('Neighborhood').fill('Bela Vista');
  await form.getByLabel('City').fill('São Paulo');
  await form.getByLabel('State').fill('SP');
  await form.getByLabel('Postal code').fill('01310100');
  await form.getByRole('button', { name: charge.method === 'Pix' ? 'Create the Pix charge' : 'Issue the boleto' }).click();
  await expect(page).toHaveURL(/\/dashboard\/charges\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: charge.description })).toBeVisible();
  return page.url().split('/').pop()!;
}

/**
 * The payer: another browser, never signed in, that asks for English (a BRL charge answers in
 * Portuguese anyway). `violations` collects what the content policy refused (the QR and barcode
 * are inline SVG: nothing should be).
 */
async function payerPage(browser: Browser, path: string) {
  const payer = await (await browser.newContext({ locale: 'en-US' })).newPage();
  const violations: string[] = [];
  payer.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await payer.goto(path);
  // Set once: still there later proves the page changed without a reload.
  await payer.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));
  return Object.assign(payer, { violations });
}

const loadedOnce = (page: Page) => page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce === true);

/** The text a PDF's pages show: every content stream inflated, and the strings its text operators draw. */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const streams: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const chunk = bytes.subarray(start, raw.indexOf('endstream', start));
    try {
      streams.push(inflateSync(chunk).toString('latin1'));
    } catch {
      streams.push(chunk.toString('latin1'));
    }
  }
  return [...streams.join('\n').matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((shown) => Buffer.from(shown[1]!, 'hex').toString('latin1')).join('\n');
}

test('a Pix made in the dashboard is paid through the sandbox, and the payer’s page and the wallet follow without a reload', async ({ page, context, browser, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request);

  // The account's Pix city, set under Settings, is written into the BR Code.
  await page.goto('/dashboard/settings');
  const settings = page.getByRole('region', { name: 'Pix' });
  await expect(settings.getByTestId('pix-current')).toContainText('Current key:');
  await settings.getByLabel('City').fill('Rio de Janeiro');
  await settings.getByRole('button', { name: 'Save Pix settings' }).click();
  await expect(settings.getByRole('status')).toHaveText('Pix settings saved.');
  await expect(settings.getByTestId('pix-current')).toContainText('(Rio de Janeiro)');

  const description = `E2E Pix ${randomUUID().slice(0, 8)}`;
  const chargeUuid = await issueInDashboard(page, { method: 'Pix', description, amount: '87.50' });
  const pixSection = page.getByRole('region', { name: 'Pix' });
  await expect(pixSection.getByRole('img', { name: 'Pix QR code' })).toBeVisible();
  const copyPaste = await pixSection.getByLabel('Pix copy-and-paste code').inputValue();
  expect(copyPaste).toMatch(/^000201.*br\.gov\.bcb\.pix.*RIO DE JANEIRO.*6304[0-9A-F]{4}$/);
  const paymentUrl = (await pixSection.getByTestId('charge-payment-url').textContent())!;
  expect(paymentUrl).toMatch(new RegExp(`/pay/${chargeUuid}$`));
  await expect(pixSection.getByRole('button', { name: 'Sandbox: simulate payment' })).toBeVisible();

  // The payer opens the page the merchant sends: Portuguese for a BRL charge, the QR and the code.
  const payer = await payerPage(browser, new URL(paymentUrl).pathname);
  await expect(payer.getByTestId('pay-merchant')).toHaveText(SOFT_DESCRIPTOR);
  await expect(payer.getByTestId('pay-amount')).toHaveText(money('R$ 87,50'));
  await expect(payer.getByTestId('pay-description')).toHaveText(description);
  await expect(payer.getByTestId('payment-status')).toHaveText(/^Aguardando pagamento/);
  await expect(payer.getByRole('img', { name: 'QR Code Pix' })).toBeVisible();
  await expect(payer.getByLabel('Código Pix copia e cola')).toHaveValue(copyPaste);
  await expect(payer.getByTestId('pix-expires')).toContainText('Válido até');

  // The merchant watches the wallet.
  await page.goto('/dashboard/wallets');
  await page.getByRole('link', { name: BRL_WALLET, exact: true }).click();
  await expect(page.getByTestId('wallet-balance')).toHaveText(/R\$/);
  const availableBefore = minor(await page.getByTestId('wallet-balance').textContent());
  await page.evaluate(() => ((window as unknown as { loadedOnce: boolean }).loadedOnce = true));

  // The payer's bank pays it (the sandbox, through the provider-notification entry point).
  const paid = await request.post(`/api/v1/sandbox/charges/${chargeUuid}/pay`, { headers: auth });
  expect(paid.status()).toBe(200);
  const charge = await paid.json();
  expect(charge).toMatchObject({ status: 'paid', paid_amount: '87.50' });
  const net = BigInt(charge.net_amount.replace('.', ''));
  expect(net).toBeGreaterThan(0n);

  await expect(payer.getByTestId('payment-status')).toHaveText('Pago');
  await expect(payer.getByTestId('pay-closed')).toHaveText('Este pagamento foi feito. Obrigado!');
  await expect(payer.getByRole('img', { name: 'QR Code Pix' })).toHaveCount(0);
  expect(await loadedOnce(payer)).toBe(true);

  // A Pix is available at once: the wallet's available balance grows by the net, live.
  await expect.poll(async () => minor(await page.getByTestId('wallet-balance').textContent()), { timeout: 15_000 }).toBe(availableBefore + net);
  expect(await loadedOnce(page)).toBe(true);
  await expect(page.getByRole('table', { name: 'Statement' }).getByRole('row').nth(1)).toContainText('Pix received');

  // Paid, it can no longer be paid again.
  expect((await request.post(`/api/v1/sandbox/charges/${chargeUuid}/pay`, { headers: auth })).status()).toBe(409);
  expect(payer.violations).toEqual([]);
  await payer.context().close();
});

test('a boleto’s PDF downloads and names its line, and its HTML slip shows the same line', async ({ page, browser }) => {
  await signIn(page, DEMO.merchantUser);
  const description = `E2E boleto ${randomUUID().slice(0, 8)}`;
  await issueInDashboard(page, { method: 'Boleto', description, amount: '245.90' });
  const boleto = page.getByRole('region', { name: 'Boleto' });
  const line = (await boleto.getByTestId('charge-boleto-line').textContent())!;
  expect(line).toMatch(/^\d{5}\.\d{5} \d{5}\.\d{6} \d{5}\.\d{6} \d \d{14}$/);
  // The amount is the line's last ten digits.
  expect(line.endsWith('0000024590')).toBe(true);
  await expect(boleto.getByRole('img', { name: 'Boleto barcode' })).toBeVisible();
  const slipUrl = (await boleto.getByRole('link', { name: 'Printable slip' }).getAttribute('href'))!;
  const pdfUrl = (await boleto.getByRole('link', { name: 'PDF' }).getAttribute('href'))!;
  expect(pdfUrl).toBe(`${slipUrl}.pdf`);

  // The payer, with no session: the payment page, the PDF and the printable slip.
  const payer = await payerPage(browser, new URL(slipUrl).pathname.replace(/\/boleto$/, ''));
  await expect(payer.getByTestId('boleto-line')).toHaveText(line);
  await expect(payer.getByRole('img', { name: 'Código de barras do boleto' })).toBeVisible();
  await expect(payer.getByTestId('payment-status')).toHaveText(/^Aguardando pagamento/);

  const pdf = await payer.request.get(new URL(pdfUrl).pathname);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['content-disposition']).toMatch(/^inline; filename="boleto-\d{11}\.pdf"$/);
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(bytes);
  expect(text).toContain(line);
  expect(text).toContain('Ficha de Compensação');

  await payer.getByRole('link', { name: 'Boleto para imprimir' }).click();
  await expect(payer).toHaveURL(new RegExp(`${new URL(slipUrl).pathname}$`));
  await expect(payer.getByTestId('slip-line')).toHaveText(line);
  await expect(payer.getByRole('region', { name: 'Ficha de compensação' }).getByRole('img', { name: /^Código de barras \d{44}$/ })).toBeVisible();
  await expect(payer.getByRole('region', { name: 'Recibo do pagador' })).toContainText(PAYER.name);
  expect(payer.violations).toEqual([]);
  await payer.context().close();
});

test('a Pix left to expire reads as expired on its page, live and after a reload', async ({ page, context, browser, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request);
  const wallets = await request.get(`/api/v1/bank/wallets/?customer_id=${DEMO_ACTIVITY.paymentWallets[0].customerId}`, { headers: auth });
  const [wallet] = (await wallets.json()).data as { wallet_uuid: string; merchant_uuid: string }[];
  const created = await request.post('/api/v1/bank/wallet/charge/pix/', {
    headers: auth,
    data: {
      wallet_uuid: wallet!.wallet_uuid,
      merchant_id: wallet!.merchant_uuid,
      payer_name: PAYER.name,
      payer_email: `expiry-${randomUUID().slice(0, 8)}@e2e.test`,
      payer_tax_id: '52998224725',
      payer_cell_phone: '+5511987654321',
      amount: 19.9,
      currency: 'BRL',
      description: 'E2E Pix to expire',
      payer_address: { street: 'Avenida Paulista', address_number: '1000', neighborhood: 'Bela Vista', city: 'São Paulo', state: 'SP', postal_code: '01310100', country: 'BR' },
    },
  });
  expect(created.status()).toBe(200);
  const charge = await created.json();

  const payer = await payerPage(browser, new URL(charge.charge_payment_url).pathname);
  await expect(payer.getByTestId('payment-status')).toHaveText(/^Aguardando pagamento/);
  expect((await request.post(`/api/v1/sandbox/charges/${charge.charge_uuid}/expire`, { headers: auth })).status()).toBe(200);

  await expect(payer.getByTestId('payment-status')).toHaveText('Expirado');
  await expect(payer.getByTestId('pay-closed')).toHaveText('Esta cobrança expirou sem pagamento e não pode mais ser paga.');
  await expect(payer.getByRole('img', { name: 'QR Code Pix' })).toHaveCount(0);
  expect(await loadedOnce(payer)).toBe(true);
  await payer.reload();
  await expect(payer.getByTestId('payment-status')).toHaveText('Expirado');
  await payer.context().close();
});

test('the payer pays an issued card charge on its page: the brand shows as typed, a wrong tax id is refused, and the page turns to paid', async ({ page, context, browser, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request);
  const wallets = await request.get(`/api/v1/bank/wallets/?customer_id=${DEMO_ACTIVITY.paymentWallets[0].customerId}`, { headers: auth });
  const [wallet] = (await wallets.json()).data as { wallet_uuid: string; merchant_uuid: string }[];
  const created = await request.post('/api/v1/bank/wallet/charge/', {
    headers: auth,
    data: {
      wallet_uuid: wallet!.wallet_uuid,
      merchant_id: wallet!.merchant_uuid,
      payer_name: PAYER.name,
      payer_email: `card-${randomUUID().slice(0, 8)}@e2e.test`,
      payer_tax_id: '52998224725',
      payer_cell_phone: '+5511987654321',
      installment_value: 59.9,
      installment_count: 1,
      currency: 'BRL',
      description: 'E2E card paid by the payer',
      type_charge: 'credit_card',
      payer_address: { street: 'Avenida Paulista', address_number: '1000', neighborhood: 'Bela Vista', city: 'São Paulo', state: 'SP', postal_code: '01310100', country: 'BR' },
    },
  });
  expect(created.status()).toBe(200);
  const charge = await created.json();
  expect(charge).toMatchObject({ status: 'issued', charge_payment_url: expect.stringMatching(/\/pay\/[0-9a-f-]{36}$/) });

  const payer = await payerPage(browser, new URL(charge.charge_payment_url).pathname);
  const form = payer.getByRole('form', { name: 'Pague com cartão' });
  await form.getByLabel('Nome impresso no cartão').fill('ANA P FERREIRA');
  await form.getByLabel('Número do cartão').pressSequentially('4024007153763191');
  await expect(form.getByLabel('Número do cartão')).toHaveValue('4024 0071 5376 3191');
  await expect(form.getByTestId('card-brand')).toHaveText('Bandeira: Visa');
  await form.getByLabel('Validade (MM/AA)').fill('12/31');
  await form.getByLabel('Código de segurança (CVV)').fill('123');
  await form.getByLabel('CPF ou CNPJ do pagador').fill('111.444.777-35');
  await form.getByRole('button', { name: /^Pagar R\$\s59,90$/ }).click();
  await expect(form.getByText('Este não é o CPF/CNPJ desta cobrança')).toBeVisible();

  await form.getByLabel('CPF ou CNPJ do pagador').fill(PAYER.taxId);
  await form.getByRole('button', { name: /^Pagar/ }).click();
  await expect(payer.getByTestId('payment-status')).toHaveText('Pago');
  await expect(payer.getByTestId('pay-closed')).toHaveText('Este pagamento foi feito. Obrigado!');
  await expect(payer.getByRole('form', { name: 'Pague com cartão' })).toHaveCount(0);
  expect(await payer.content()).not.toContain('4024007153763191');

  const read = await request.get(`/api/v1/bank/wallet/charge/${charge.charge_uuid}/`, { headers: auth });
  expect(await read.json()).toMatchObject({ status: 'confirmed', card: { brand: 'visa', last_four: '3191' } });
  await payer.context().close();
});
