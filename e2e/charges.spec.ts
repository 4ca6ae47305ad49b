import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiToken } from './api-token';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import { DEMO, signIn } from './demo';

const BRL_WALLET = DEMO_ACTIVITY.paymentWallets[0].name;
const APPROVED = '4024007153763191';

/** "R$1,234.56" or "-R$48.26" (English, as the specs sign in) → minor units. */
const minor = (money: string) => BigInt(money.replace(/[^\d-]/g, ''));

/** Intl writes a no-break space between some symbols and figures; match any space. */
const money = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`);

async function openBrlWallet(page: Page) {
  await page.goto('/dashboard/wallets');
  await page.getByRole('link', { name: BRL_WALLET, exact: true }).click();
  await expect(page.getByRole('heading', { name: BRL_WALLET })).toBeVisible();
}

/** Fills the virtual terminal for a BRL payer with one of the sandbox's test cards and submits it. */
async function chargeCard(page: Page, charge: { description: string; amount: string; email: string; testCard: 'Authorized' | 'Declined' }) {
  await page.goto('/dashboard/charges');
  await page.getByRole('link', { name: 'New charge' }).click();
  const form = page.getByRole('form', { name: 'New charge' });
  await form.getByLabel('Wallet').selectOption({ label: `${BRL_WALLET} (BRL)` });
  await form.getByLabel('Amount (BRL)').fill(charge.amount);
  await form.getByLabel('Description', { exact: true }).fill(charge.description);
  await form.getByLabel('Payer name').fill('Ana Paula Ferreira');
  await form.getByLabel('Payer e-mail').fill(charge.email);
  await form.getByLabel('Tax ID (CPF/CNPJ, RFC…)').fill('529.982.247-25');
  await form.getByLabel('Mobile phone').fill('+5511987654321');
  await form.getByLabel('Street').fill('Avenida Paulista');
  await form.getByLabel('Number', { exact: true }).fill('1000');
  await form.getByLabel('Neighborhood').fill('Bela Vista');
  await form.getByLabel('City').fill('São Paulo');
  await form.getByLabel('State').fill('SP');
  await form.getByLabel('Postal code').fill('01310100');
  await form.getByLabel('Country').fill('BR');
  await form.getByLabel('Name on the card').fill('ANA P FERREIRA');
  await form.getByRole('button', { name: `Use the test card: ${charge.testCard}` }).click();
  await form.getByRole('button', { name: 'Charge the card' }).click();
  await expect(page).toHaveURL(/\/dashboard\/charges\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: charge.description })).toBeVisible();
  return page.url().split('/').pop()!;
}

test('a merchant charges a card, finds it, refunds part of it, and sees the wallet, statement and Overview follow', async ({ page, request }) => {
  const tag = randomUUID().slice(0, 8);
  const description = `E2E order ${tag}`;
  const email = `payer-${tag}@e2e.test`;
  await signIn(page, DEMO.merchantUser);
  await openBrlWallet(page);
  const pendingBefore = minor((await page.getByTestId('wallet-pending').textContent())!);

  const chargeUuid = await chargeCard(page, { description, amount: '150.00', email, testCard: 'Authorized' });
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Confirmed');
  await expect(details).toContainText('Visa •••• 3191');
  await expect(page.getByTestId('charge-amount')).toHaveText('R$150.00');
  expect(await page.content()).not.toContain(APPROVED);

  // The list finds it by the payer's e-mail, and its row opens it.
  await page.getByRole('link', { name: '← Charges' }).click();
  const filters = page.getByRole('form', { name: 'Filter charges' });
  await filters.getByLabel('Search').fill(email);
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  const row = page.getByRole('row', { name: description });
  await expect(row).toContainText('Confirmed');
  await expect(row).toContainText('R$150.00');
  await expect(page.getByText('1 charge', { exact: true })).toBeVisible();
  await filters.getByLabel('Status').selectOption({ label: 'Error' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No charges match.')).toBeVisible();
  await filters.getByLabel('Status').selectOption({ label: 'Confirmed' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('row', { name: description }).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/charges/${chargeUuid}$`));

  // A partial refund, confirmed first.
  const refund = page.getByRole('form', { name: 'Refund the charge' });
  await expect(refund.getByLabel('Amount to refund (BRL)')).toHaveValue('150.00');
  await refund.getByLabel('Amount to refund (BRL)').fill('50.00');
  await refund.getByLabel('Reason (optional)').fill('Customer returned an item');
  await refund.getByRole('button', { name: 'Refund' }).click();
  const dialog = page.getByRole('dialog', { name: 'Refund this charge?' });
  await expect(dialog).toContainText('R$50.00');
  await dialog.getByRole('button', { name: 'Refund R$50.00' }).click();
  await expect(page.getByTestId('charge-remaining')).toHaveText('R$100.00');
  await expect(page.getByRole('region', { name: 'Refunds' }).getByRole('row', { name: /Customer returned an item/ })).toContainText('R$50.00');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Confirmed');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Customer returned an item');
  const ledger = page.getByRole('region', { name: 'Ledger transactions' });
  await expect(ledger.getByRole('listitem', { name: 'Card capture' })).toContainText('-R$150.00');
  await expect(ledger.getByRole('listitem', { name: 'Refund' })).toContainText('+R$50.00');
  const net = minor((await page.getByTestId('charge-net').textContent())!);

  // The wallet's pending balance grew by what the charge nets; its statement shows the capture and the refund.
  await page.getByRole('region', { name: 'Details' }).getByRole('link', { name: BRL_WALLET }).click();
  await expect(page.getByTestId('wallet-pending')).toHaveText(/R\$/);
  const pendingAfter = (await page.getByTestId('wallet-pending').textContent())!;
  expect(minor(pendingAfter) - pendingBefore).toBe(net);
  const statement = page.getByRole('table', { name: 'Statement' });
  await expect(statement.getByRole('row').nth(1)).toContainText('Refund');
  await expect(statement.getByRole('row').nth(2)).toContainText('Card capture');
  const csvPath = (await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))!;
  const csv = await page.request.get(csvPath);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).split('\r\n');
  expect(lines[0]).toBe('entry_id,created_at,transaction_uuid,kind,reference_type,reference_id,description,account,amount,balance_after');
  expect(lines.find((line) => line.includes(`card_capture,charge,${chargeUuid}`))).toContain(',pending,');
  // Only its owner's session downloads it.
  expect((await request.get(csvPath)).status()).toBe(401);

  // The Overview adds the BRL wallets up (the demo's is the only one with money) and finds the ledger intact.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'Balances by currency' }).getByRole('row', { name: 'BRL' })).toContainText(pendingAfter);
  await expect(page.getByRole('region', { name: 'Captured charges, last 30 days' })).toContainText('BRL');
  await expect(page.getByTestId('integrity-verdict')).toHaveText(/^OK/);
});

test('a declined test card leaves the charge in error with the acquirer’s message', async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  await signIn(page, DEMO.merchantUser);
  await chargeCard(page, { description: `E2E declined ${tag}`, amount: '79.90', email: `declined-${tag}@e2e.test`, testCard: 'Declined' });
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Error');
  await expect(page.getByTestId('charge-message')).toHaveText('Not authorized (CARD_DECLINED)');
  await expect(page.getByRole('region', { name: 'Actions', exact: true })).toContainText('Nothing more can be done with this charge.');
  await expect(page.getByRole('region', { name: 'Ledger transactions' })).toContainText('This charge has moved no money.');
});

/** An A55 create body for the demo BRL wallet, with the approved test card. */
async function chargeBody(request: APIRequestContext, auth: Record<string, string>, extra: Record<string, unknown> = {}) {
  const wallets = await request.get(`/api/v1/bank/wallets/?customer_id=${DEMO_ACTIVITY.paymentWallets[0].customerId}`, { headers: auth });
  expect(wallets.status()).toBe(200);
  const [wallet] = (await wallets.json()).data as { wallet_uuid: string; merchant_uuid: string }[];
  return {
    wallet_uuid: wallet!.wallet_uuid,
    merchant_id: wallet!.merchant_uuid,
    payer_name: 'Ana Paula Ferreira',
    payer_email: `api-${randomUUID().slice(0, 8)}@e2e.test`,
    payer_tax_id: '52998224725',
    payer_cell_phone: '+5511987654321',
    installment_value: 40.0,
    installment_count: 3,
    currency: 'BRL',
    due_date: '2030-12-31',
    description: 'API order',
    type_charge: 'credit_card',
    payer_address: { street: 'Avenida Paulista', address_number: '1000', neighborhood: 'Bela Vista', city: 'São Paulo', state: 'SP', postal_code: '01310100', country: 'BR' },
    card_name: 'ANA P FERREIRA',
    card_number: APPROVED,
    card_expiry_month: '12',
    card_expiry_year: '2031',
    card_cvv: '123',
    ...extra,
  };
}

test('a client creates a card charge through the API, reads it and finds it in the wallet’s list', async ({ page, context, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request);
  const body = await chargeBody(request, auth);

  const created = await request.post('/api/v1/bank/wallet/charge/', { headers: { ...auth, 'Idempotency-Key': randomUUID() }, data: body });
  expect(created.status()).toBe(200);
  const charge = await created.json();
  expect(charge).toMatchObject({ status: 'confirmed', local_currency: '120.00', installment_count: 3, card: { brand: 'visa', last_four: '3191' } });
  expect(JSON.stringify(charge)).not.toContain(APPROVED);

  const read = await request.get(`/api/v1/bank/wallet/charge/${charge.charge_uuid}/`, { headers: auth });
  expect(read.status()).toBe(200);
  expect(await read.json()).toMatchObject({ charge_uuid: charge.charge_uuid, status: 'confirmed', captured_amount: '120.00', amount_remaining: '120.00' });

  const listed = await request.get(`/api/v1/bank/wallet/charges/?wallet_uuid=${body.wallet_uuid}&search=${body.payer_email}`, { headers: auth });
  expect(listed.status()).toBe(200);
  expect(await listed.json()).toMatchObject({ total: 1, data: [{ charge_uuid: charge.charge_uuid, wallet_uuid: body.wallet_uuid }] });
  const newest = await (await request.get(`/api/v1/bank/wallet/charges/?wallet_uuid=${body.wallet_uuid}&limit=5`, { headers: auth })).json();
  expect(newest.data.map((c: { charge_uuid: string }) => c.charge_uuid)).toContain(charge.charge_uuid);

  // The dashboard shows the API's charge too.
  await page.goto(`/dashboard/charges/${charge.charge_uuid}`);
  await expect(page.getByTestId('charge-amount')).toHaveText('R$120.00');
});

test('a 3DS charge waits for the payer, who authenticates it on the challenge page and returns to the store', async ({ page, context, browser, request, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request);
  const body = await chargeBody(request, auth, { threeds_authentication: true, installment_value: '99.90', installment_count: 1, redirect_url: `${baseURL}/login?from=3ds` });
  const created = await request.post('/api/v1/bank/wallet/charge/', { headers: auth, data: body });
  expect(created.status()).toBe(200);
  const charge = await created.json();
  expect(charge).toMatchObject({ status: 'pending', url_3ds: expect.stringMatching(/\/pay\/3ds\/[0-9a-f-]{36}$/) });

  // The payer: another browser, not signed in; a BRL charge speaks Portuguese.
  const payer = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await payer.goto(new URL(charge.url_3ds).pathname);
  await expect(payer.getByRole('heading', { name: 'Confirme este pagamento com cartão' })).toBeVisible();
  await expect(payer.getByTestId('challenge-merchant')).toHaveText(DEMO.merchants[0].softDescription);
  await expect(payer.getByTestId('challenge-amount')).toHaveText(money('R$ 99,90'));
  await payer.getByRole('button', { name: 'Autenticar' }).click();
  await expect(payer.getByRole('status')).toContainText('Pagamento autenticado.');
  await expect(payer).toHaveURL(/\/login\?from=3ds$/);

  const read = await request.get(`/api/v1/bank/wallet/charge/${charge.charge_uuid}/`, { headers: auth });
  expect(await read.json()).toMatchObject({ status: 'confirmed', url_3ds: null, captured_amount: '99.90' });
  await payer.goto(new URL(charge.url_3ds).pathname);
  await expect(payer.getByRole('status')).toHaveText('Este pagamento não está aguardando autenticação.');
  await payer.context().close();
});
