import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '@/components/ui/format';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import { apiToken } from './api-token';
import { DEMO, signIn } from './demo';

const BRL_WALLET = DEMO_ACTIVITY.paymentWallets[0].name;
// The platform's Pix payout fee (lib/payouts/pricing.ts); the demo merchant has no pricing of its own.
const PIX_FEE = 1_00n;
const AMOUNT = 25_00n;

/** An English dashboard figure ("R$1,234.56") in centavos: always two decimals, so its digits are the centavos. */
const centavos = (text: string) => BigInt(text.replace(/\D/g, ''));
const brl = (minor: bigint) => formatMoney(minor, 'BRL', 'en');

async function availableOnWalletPage(page: Page): Promise<bigint> {
  const balance = page.getByTestId('wallet-balance');
  await expect(balance).toHaveText(/^R\$[\d,]+\.\d{2}$/);
  return centavos((await balance.textContent())!);
}

test('a merchant with a settled balance requests a Pix payout, confirms its fee, the sandbox realizes it, and the balance and payouts show it', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const tag = randomUUID().slice(0, 8);
  const description = `Saque E2E ${tag}`;
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request, ['payout:create', 'payout:read']);

  // The demo's BRL wallet holds a paid Pix: money in `available` at once (Pix needs no settlement delay).
  await page.goto('/dashboard/wallets');
  await page.getByRole('link', { name: BRL_WALLET, exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/[0-9a-f-]{36}$/);
  const walletPath = new URL(page.url()).pathname;
  const before = await availableOnWalletPage(page);
  expect(before).toBeGreaterThanOrEqual(AMOUNT + PIX_FEE);

  // The request form: a wallet with its available balance, a Pix key checked by its type as typed.
  await page.getByRole('link', { name: 'Payouts', exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/payouts$/);
  await page.getByRole('link', { name: 'Request payout' }).click();
  const form = page.getByRole('form', { name: 'Request payout' });
  await form.getByLabel('From wallet').selectOption({ label: BRL_WALLET });
  await expect(form.getByText(`Available balance: ${brl(before)}`)).toBeVisible();
  await form.getByLabel('Pix key type').selectOption({ label: 'CPF' });
  await form.getByLabel('Pix key', { exact: true }).fill('123.456.789-00');
  await form.getByLabel('Amount (BRL)').fill('25.00');
  await form.getByLabel('Description').fill(description);
  await form.getByRole('button', { name: 'Review payout' }).click();
  await expect(form.getByRole('alert')).toHaveText('Not a valid Pix key of type cpf');

  await form.getByLabel('Pix key type').selectOption({ label: 'E-mail' });
  await form.getByLabel('Pix key', { exact: true }).fill(`Payout-${tag}@E2E.test`);
  await form.getByLabel('Beneficiary name (optional)').fill('Joana Saque');
  await form.getByRole('button', { name: 'Review payout' }).click();

  // The confirmation step: the amount, the fee and what leaves the wallet, to whom, before anything is sent.
  const confirm = page.getByRole('region', { name: 'Confirm the payout' });
  await expect(confirm.getByTestId('payout-confirm-amount')).toHaveText(brl(AMOUNT));
  await expect(confirm.getByTestId('payout-confirm-fee')).toHaveText(brl(PIX_FEE));
  await expect(confirm.getByTestId('payout-confirm-total')).toHaveText(brl(AMOUNT + PIX_FEE));
  await expect(confirm.getByTestId('payout-confirm-key')).toHaveText(`Payout-${tag}@E2E.test`);
  await expect(confirm).toContainText('Joana Saque');
  await confirm.getByRole('button', { name: 'Confirm payout' }).click();

  // Sent to the rail at once: issued, with its Pix end-to-end id.
  await expect(page).toHaveURL(/\/dashboard\/payouts\/[0-9a-f-]{36}$/);
  const payoutUuid = new URL(page.url()).pathname.split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(description);
  await expect(page.getByTestId('payout-status')).toHaveText('Issued');
  await expect(page.getByTestId('payout-external-id')).toHaveText(/^E\d{8}\w+$/);
  await expect(page.getByTestId('payout-total')).toHaveText(brl(AMOUNT + PIX_FEE));
  await expect(page.getByRole('region', { name: 'Destination' })).toContainText(`payout-${tag}@e2e.test`);

  // The sandbox's rail pays it.
  const realized = await request.post(`/api/v1/sandbox/payouts/${payoutUuid}/simulate`, { headers: auth, data: { outcome: 'realized' } });
  expect(realized.status(), await realized.text()).toBe(200);
  expect(await realized.json()).toMatchObject({ status: 'realized' });

  await page.reload();
  await expect(page.getByTestId('payout-status')).toHaveText('Realized');
  const timeline = page.getByRole('table', { name: 'Timeline' });
  await expect(timeline.getByRole('row')).toHaveCount(4);
  await expect(timeline.getByRole('row').nth(2).getByRole('cell').nth(1)).toHaveText('Pending→Issued');
  await expect(timeline.getByRole('row').nth(3).getByRole('cell')).toHaveText([/\d{4}/, 'Issued→Realized', 'Paid by the rail']);

  // The payouts page lists it as realized, its destination masked.
  await page.getByRole('link', { name: '← Payouts' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Realized' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=realized/);
  const row = page.getByRole('table', { name: 'Payouts' }).getByRole('row', { name: description });
  await expect(row.getByRole('cell')).toHaveText([/\d{4}/, 'Realized', 'Pix', `E-mail p•••@e2e.test${BRL_WALLET}`, description, brl(AMOUNT), brl(PIX_FEE)]);
  await row.getByRole('link').click();
  await expect(page).toHaveURL(`/dashboard/payouts/${payoutUuid}`);

  // The wallet's available balance is down by the amount and the fee; nothing is held any more.
  await page.goto(walletPath);
  expect(await availableOnWalletPage(page)).toBe(before - AMOUNT - PIX_FEE);
  await expect(page.getByTestId('wallet-reserved')).toHaveText('R$0.00');
});
