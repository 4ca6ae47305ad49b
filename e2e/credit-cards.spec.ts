import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import { apiToken } from './api-token';
import { createCreditWalletInWizard } from './credit-wizard';
import { DEMO, signIn } from './demo';

const BRL_WALLET = DEMO_ACTIVITY.paymentWallets[0].name;
/** Where a purchase at the demo's first merchant shows on the card's statement: its soft descriptor. */
const STATEMENT_NAME = DEMO.merchants[0].softDescription;

interface Card {
  number: string;
  expiry: string;
  cvv: string;
}

/** A payer with no session: the hosted checkout of a BRL link speaks Portuguese. */
async function payWithCard(browser: Browser, checkoutPath: string, card: Card, tag: string): Promise<Page> {
  const payer = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await payer.goto(checkoutPath);
  await payer.getByLabel('Nome completo').fill('Joana Natural');
  await payer.getByLabel('E-mail').fill(`card-${tag}@e2e.test`);
  await payer.getByLabel('CPF ou CNPJ').pressSequentially('52998224725');
  await payer.getByLabel('Celular').fill('+55 11 98765-4321');
  await payer.getByLabel('Parcelas').selectOption({ label: '3 × R$ 40,00' });
  await payer.getByLabel('Nome impresso no cartão').fill('JOANA NATURAL');
  await payer.getByLabel('Número do cartão').pressSequentially(card.number);
  await expect(payer.getByTestId('card-brand')).toHaveText('Bandeira: Visa');
  await payer.getByLabel('Validade (MM/AA)').fill(card.expiry);
  await payer.getByLabel('Código de segurança (CVV)').fill(card.cvv);
  await payer.getByRole('button', { name: 'Pagar R$ 120,00' }).click();
  return payer;
}

test('a merchant issues a postpaid card under a credit wallet, a payer buys with it at a checkout, the merchant follows the limits, changes the card’s limit and cancels it', async ({
  page,
  context,
  browser,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const tag = randomUUID().slice(0, 8);
  const owner = `Joana Cartao ${tag}`;
  await signIn(page, DEMO.merchantUser);
  const auth = await apiToken(page, request, ['credit:read', 'credit:write']);

  // A credit wallet of R$ 2.000,00, onboarded in the wizard: no cards while KYC is pending.
  const walletKey = await createCreditWalletInWizard(page, { name: owner, email: `owner-${tag}@e2e.test` }, '2000');
  const cards = page.getByRole('region', { name: 'Cards' });
  await expect(cards.getByRole('note')).toHaveText('Cards are issued once KYC approves the wallet’s owner, who holds them.');
  await expect(cards.getByRole('form', { name: 'Issue a card' })).toHaveCount(0);

  // The sandbox approves the owner, as an operator would; the wallet can issue cards.
  const approved = await request.post(`/api/v1/sandbox/wallets/${walletKey}/kyc`, { headers: auth, data: { action: 'approve' } });
  expect(approved.status(), await approved.text()).toBe(200);
  await page.reload();
  await expect(page.getByText('Active', { exact: true })).toBeVisible();
  await expect(cards).toContainText('No cards issued under this wallet yet.');

  // Above the wallet's limit is refused by the service (CIN000074); within it, the card is issued.
  const issue = cards.getByRole('form', { name: 'Issue a card' });
  await issue.getByLabel('Card name').fill('Compras da equipe');
  await issue.getByLabel('Printed name').fill('Joana Cartao');
  await issue.getByLabel('Card limit (BRL)').fill('2,500');
  await issue.getByRole('button', { name: 'Issue card' }).click();
  await expect(issue.getByRole('alert')).toHaveText('Payment instrument limit amount is greater than wallet limit amount');
  await issue.getByLabel('Card limit (BRL)').fill('500');
  await issue.getByRole('button', { name: 'Issue card' }).click();

  // The number, expiry and CVV are shown once, in the reveal-once dialog.
  const dialog = page.getByRole('dialog', { name: /^Card •••• \d{4} issued$/ });
  await expect(dialog.getByRole('note')).toContainText('This is the only time it is shown');
  const number = (await dialog.getByLabel('Card number').textContent())!.trim();
  const cvv = (await dialog.getByLabel('Security code').textContent())!.trim();
  const expiry = (await dialog.locator('div').filter({ has: page.getByRole('term').filter({ hasText: 'Expiry (MM/YY)' }) }).getByRole('definition').textContent())!.trim();
  await expect(dialog.locator('div').filter({ has: page.getByRole('term').filter({ hasText: 'Printed name' }) }).getByRole('definition')).toHaveText('JOANA CARTAO');
  expect(number).toMatch(/^\d{16}$/);
  expect(cvv).toMatch(/^\d{3}$/);
  expect(expiry).toMatch(/^(0[1-9]|1[0-2])\/\d{2}$/);
  const lastFour = number.slice(-4);
  await dialog.getByRole('button', { name: 'I have stored the secret' }).click();
  await expect(dialog).toHaveCount(0);

  const card = cards.getByRole('article', { name: `Compras da equipe •••• ${lastFour}` });
  await expect(card).toContainText('Active');
  await expect(card).toContainText(`Expires ${expiry}`);
  await expect(card.getByRole('meter', { name: `Limit of card •••• ${lastFour}` })).toHaveAttribute('aria-valuetext', 'R$0.00 used of R$500.00; R$500.00 available');
  // The page never shows the number again.
  await expect(page.getByText(number)).toHaveCount(0);

  // The merchant sells R$ 120,00 through a payment link, in up to 3 installments.
  await page.goto('/dashboard/payment-links/new');
  const product = `Mochila E2E ${tag}`;
  const linkForm = page.getByRole('form', { name: 'New payment link' });
  await linkForm.getByLabel('Wallet').selectOption({ label: `${BRL_WALLET} (BRL)` });
  await linkForm.getByLabel('Product name').fill(product);
  await linkForm.getByLabel('Amount (BRL)').fill('120.00');
  await linkForm.getByLabel('Card installments').selectOption({ label: '3 installments at most' });
  await linkForm.getByRole('button', { name: 'Create payment link' }).click();
  await expect(page.getByRole('heading', { name: product })).toBeVisible();
  const checkoutPath = new URL(await page.getByLabel('Checkout URL').inputValue()).pathname;

  // A payer pays it with the card, in another browser, in 3 installments: the platform authorizes it.
  const payer = await payWithCard(browser, checkoutPath, { number, expiry, cvv }, tag);
  await expect(payer.getByTestId('checkout-outcome')).toHaveText('Pagamento aprovado');
  await payer.context().close();

  // The wallet's and the card's used limits rose by the purchase, which shows in Entries.
  await page.goto(`/dashboard/wallets/credit/${walletKey}`);
  const limits = page.getByRole('region', { name: 'Limits' });
  await expect(limits.getByRole('row', { name: /Postpaid credit limit/ }).getByRole('cell')).toHaveText([/R\$2,000\.00/, /R\$120\.00/, /R\$1,880\.00/]);
  await expect(limits.getByRole('meter', { name: 'Postpaid credit limit usage' })).toHaveAttribute('aria-valuetext', 'R$120.00 used of R$2,000.00; R$1,880.00 available');
  await expect(card.getByRole('meter', { name: `Limit of card •••• ${lastFour}` })).toHaveAttribute('aria-valuetext', 'R$120.00 used of R$500.00; R$380.00 available');
  await expect(card).toContainText('Used R$120.00');
  await expect(card).toContainText('Available R$380.00');
  const entries = page.getByRole('table', { name: 'Card purchases' });
  await expect(entries.getByRole('row')).toHaveCount(2);
  const purchase = entries.getByRole('row', { name: STATEMENT_NAME });
  await expect(purchase.getByRole('cell')).toHaveText([/\d{4}/, `•••• ${lastFour}`, 'R$120.00', '3 installments', 'Concluded', /1\/3: R\$40\.00, due .+2\/3: R\$40\.00, due .+3\/3: R\$40\.00, due .+/]);

  // The API answers the same used limit.
  const read = await request.get(`/api/v1/credit/wallet/${walletKey}`, { headers: auth });
  expect(read.status(), await read.text()).toBe(200);
  const wallet = await read.json();
  expect(wallet.wallet_limits[0]).toMatchObject({ limit_type: 'postpaid_credit_limit', used_limit: 120 });

  // The card's limit cannot go below what it uses; above, it changes.
  const changeLimit = card.getByRole('form', { name: `Change the limit of card •••• ${lastFour}` });
  await expect(changeLimit.getByLabel('New card limit (BRL)')).toHaveValue('500.00');
  await changeLimit.getByLabel('New card limit (BRL)').fill('100');
  await changeLimit.getByRole('button', { name: 'Change limit' }).click();
  await expect(changeLimit.getByRole('alert')).toHaveText('New limit amount is less than the used limit');
  await changeLimit.getByLabel('New card limit (BRL)').fill('300');
  await changeLimit.getByRole('button', { name: 'Change limit' }).click();
  await expect(changeLimit.getByRole('status')).toHaveText('Limit changed.');
  await expect(card.getByRole('meter', { name: `Limit of card •••• ${lastFour}` })).toHaveAttribute('aria-valuetext', 'R$120.00 used of R$300.00; R$180.00 available');

  // Canceling asks first; dismissed, nothing changes; confirmed, the card is canceled for good.
  await card.getByRole('button', { name: `Cancel card •••• ${lastFour}` }).click();
  const confirm = page.getByRole('dialog', { name: `Cancel card •••• ${lastFour}?` });
  await expect(confirm).toContainText('Every later purchase with it will be declined');
  await confirm.getByRole('button', { name: 'Go back' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(card).toContainText('Active');
  await card.getByRole('button', { name: `Cancel card •••• ${lastFour}` }).click();
  await confirm.getByRole('button', { name: 'Cancel card' }).click();
  await expect(card).toContainText('Canceled');
  await expect(card.getByRole('button', { name: `Cancel card •••• ${lastFour}` })).toHaveCount(0);
  await expect(card.getByRole('form')).toHaveCount(0);

  // A later payment with the canceled card is declined at the checkout, and uses no limit.
  const late = await payWithCard(browser, checkoutPath, { number, expiry, cvv }, `${tag}-late`);
  await expect(late.getByRole('alert').filter({ hasText: 'Pagamento não aprovado' })).toHaveText('Pagamento não aprovado. Tente outro cartão.');
  await late.context().close();
  await page.reload();
  await expect(limits.getByRole('meter', { name: 'Postpaid credit limit usage' })).toHaveAttribute('aria-valuetext', 'R$120.00 used of R$2,000.00; R$1,880.00 available');
  await expect(entries.getByRole('row')).toHaveCount(2);
});
