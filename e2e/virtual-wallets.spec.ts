import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { formatMoney } from '@/components/ui/format';
import { formatRatio } from '@/components/virtual-wallets/format-ratio';
import { DEMO_ACTIVITY } from '@/lib/accounts/demo-activity';
import { DEMO, signIn } from './demo';

// The demo account's BRL payment wallet (it has a Pix key: lib/accounts/demo-charges.ts), which
// becomes the holding of the virtual wallets this spec opens.
const HOLDING = DEMO_ACTIVITY.paymentWallets[0].name;

/** A figure the page wrote in English ("R$1,234.56", "-R$5.00") back to minor units. */
function minorOf(text: string | null): bigint {
  const digits = BigInt((text ?? '').replace(/\D/g, ''));
  return text?.includes('-') ? -digits : digits;
}
const brl = (minor: bigint) => formatMoney(minor, 'BRL', 'en');

async function holdingFigures(page: Page) {
  return {
    real: minorOf(await page.getByTestId('holding-real-balance').textContent()),
    virtual: minorOf(await page.getByTestId('holding-virtual-total').textContent()),
  };
}

test('a merchant opens a virtual wallet, the sandbox pays its Pix code, and the holding view shows the new virtual balance and ratio', async ({ page }) => {
  const tag = randomUUID().slice(0, 8);
  const reference = `e2e-${tag}`;
  const name = `Cliente E2E ${tag}`;
  await signIn(page, DEMO.merchantUser);

  // From the payment wallet to its holding view.
  await page.goto('/dashboard/wallets');
  await page.getByRole('link', { name: HOLDING }).click();
  await page.getByRole('link', { name: 'Open virtual wallets' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/[0-9a-f-]{36}\/holding$/);
  const holdingUrl = page.url();
  await expect(page.getByRole('heading', { name: 'Virtual wallets', level: 1 })).toBeVisible();
  await expect(page.getByTestId('holding-reserve-ratio')).toHaveText('100%');
  const before = await holdingFigures(page);

  // A new virtual wallet for one customer: its page, with its own deposit code.
  const create = page.getByRole('form', { name: 'New virtual wallet' });
  await create.getByLabel('Reference').fill(reference);
  await create.getByLabel('Customer name').fill(name);
  await create.getByRole('button', { name: 'Create virtual wallet' }).click();
  await expect(page).toHaveURL(/\/virtual\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Active');
  await expect(page.getByTestId('virtual-balance')).toHaveText(brl(0n));
  await expect(page.getByTestId('virtual-pix-qr')).toBeVisible();
  // Its BR Code carries its own txid (62-05), so each deposit is told apart.
  const txid = (await details.locator('dt', { hasText: 'Pix txid' }).locator('xpath=following-sibling::dd[1]').textContent())!.trim();
  expect(txid).toMatch(/^[0-9a-z]{25}$/i);
  await expect(page.getByLabel('Pix copy and paste')).toHaveValue(new RegExp(`^000201.*62\\d{2}05\\d{2}${txid}.*6304[0-9A-F]{4}$`));

  // The sandbox pays the code: credited at once; under the minimum (R$ 1,00), refused with its reason.
  const sandbox = page.getByRole('form', { name: 'Simulate Pix deposit' });
  await sandbox.getByLabel('Amount (BRL)').fill('25.50');
  await sandbox.getByRole('button', { name: 'Simulate Pix deposit' }).click();
  await expect(sandbox.getByRole('status')).toHaveText(`Deposit of ${brl(2550n)} credited.`);
  await expect(page.getByTestId('virtual-balance')).toHaveText(brl(2550n));
  await expect(page.getByRole('region', { name: 'Statement' })).toContainText('Pix deposit to a virtual wallet');
  await sandbox.getByLabel('Amount (BRL)').fill('0.50');
  await sandbox.getByRole('button', { name: 'Simulate Pix deposit' }).click();
  await expect(sandbox.getByRole('status')).toHaveText(`Deposit of ${brl(50n)} refused: Below the minimum deposit.`);
  await expect(page.getByTestId('virtual-balance')).toHaveText(brl(2550n));
  const deposits = page.getByRole('region', { name: 'Deposits', exact: true });
  await expect(deposits.getByRole('row')).toHaveCount(3);
  await expect(deposits).toContainText('Refused');
  await expect(deposits).toContainText('Below the minimum deposit');

  // The holding view: the deposit landed in the real balance and in the sum of virtual balances.
  await page.getByRole('link', { name: '← Virtual wallets' }).click();
  await expect(page).toHaveURL(holdingUrl);
  const real = before.real + 2550n;
  const virtual = before.virtual + 2550n;
  await expect(page.getByTestId('holding-virtual-total')).toHaveText(brl(virtual));
  await expect(page.getByTestId('holding-real-balance')).toHaveText(brl(real));
  await expect(page.getByTestId('holding-ratio')).toHaveText(formatRatio(Number(((real > 0n ? real : 0n) * 10_000n) / virtual), 'en'));
  await expect(page.getByRole('img', { name: /^Over the last 30 days/ })).toBeVisible();
  const list = page.getByRole('region', { name: 'Virtual wallets' });
  await expect(list.getByRole('row', { name: reference })).toContainText(brl(2550n));
  const recent = page.getByRole('region', { name: 'Recent deposits' });
  await expect(recent.getByRole('row').filter({ hasText: reference })).toHaveCount(2);
  await expect(recent.getByRole('row').filter({ hasText: reference }).filter({ hasText: 'Below the minimum deposit' })).toContainText(brl(50n));

  // Search by reference and filter by status, in the URL.
  const filters = page.getByRole('form', { name: 'Filter virtual wallets' });
  await filters.getByLabel('Search').fill(tag);
  await filters.getByLabel('Status').selectOption({ label: 'Active' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`search=${tag}.*status=active`));
  await expect(list).toContainText('1 virtual wallet');
  await filters.getByLabel('Status').selectOption({ label: 'Deactivated' });
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(list).toContainText('No virtual wallet matches these filters.');

  // Back on the wallet: part of its balance goes back to the holding, then it is deactivated, both confirmed first.
  await page.goto(holdingUrl);
  await list.getByRole('link', { name }).click();
  const transfer = page.getByRole('form', { name: 'Transfer' });
  await transfer.getByLabel('Direction').selectOption({ label: 'From this wallet back to the holding' });
  await transfer.getByLabel('Amount (BRL)').fill('5.50');
  await transfer.getByRole('button', { name: 'Review transfer' }).click();
  await page.getByRole('dialog', { name: `Transfer ${brl(550n)}?` }).getByRole('button', { name: 'Transfer', exact: true }).click();
  await expect(transfer.getByRole('status')).toHaveText('Transfer done.');
  await expect(page.getByTestId('virtual-balance')).toHaveText(brl(2000n));

  await page.getByRole('button', { name: 'Deactivate virtual wallet' }).click();
  await page.getByRole('dialog', { name: 'Deactivate this virtual wallet?' }).getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate virtual wallet' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Deactivated');
  // A deactivated wallet only gives back: the transfer offers no way in.
  await expect(transfer.getByLabel('Direction').getByRole('option')).toHaveText(['From this wallet back to the holding']);
});
