import { expect, test, type Page } from '@playwright/test';
import { chooseLanguage, DEMO, signIn } from './demo';

/** Intl writes a no-break space between symbol and figure; match any space. */
const money = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

async function openDemoCreditWallet(page: Page) {
  await page.goto(`/dashboard/wallets/credit?owner_document_number=52998224725`);
  await page.getByRole('link', { name: DEMO.creditWallet.ownerName }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/[0-9a-f-]{36}$/);
}

test('a Brazilian merchant reads money and dates in pt-BR and Brasília time, switches language, and types a limit the Brazilian way', async ({ page }) => {
  await signIn(page, DEMO.merchantUser, { locale: 'pt-BR' });
  await expect(page.getByRole('heading', { name: 'Visão geral' })).toBeVisible();
  await openDemoCreditWallet(page);

  const limits = page.getByRole('region', { name: 'Limites' });
  const postpaid = limits.getByRole('row', { name: /Limite de crédito pós-pago/ });
  await expect(postpaid.getByRole('cell').first()).toHaveText(money('R$ 1.234,56'));

  // The KYC decision is told in Brasília time, as Brazilians write it.
  const decided = page.getByRole('region', { name: 'KYC aprovado' }).locator('time');
  const at = new Date((await decided.getAttribute('datetime'))!);
  const brasilia = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Sao_Paulo' }).format(at);
  await expect(decided).toHaveText(money(`Decidido em ${brasilia.replace(/\s/g, ' ')}`));

  await chooseLanguage(page, 'es-MX');
  await expect(page.getByRole('region', { name: 'Límites' }).getByRole('row', { name: /Límite de crédito pospago/ }).getByRole('cell').first()).toHaveText(
    money('BRL 1,234.56'),
  );

  await chooseLanguage(page, 'en');
  await expect(page.getByRole('region', { name: 'Limits' }).getByRole('row', { name: /Postpaid credit limit/ }).getByRole('cell').first()).toHaveText(
    money('R$1,234.56'),
  );

  await chooseLanguage(page, 'pt-BR');
  const editor = limits.getByRole('form', { name: 'Editar limite de crédito pós-pago' });
  const amount = editor.getByLabel('Novo limite de crédito pós-pago (BRL)');
  await expect(amount).toHaveValue('1.234,56');
  await amount.fill('5.000,50');
  await editor.getByRole('button', { name: 'Salvar limite' }).click();
  await expect(editor.getByRole('status')).toHaveText('Limite salvo.');
  await expect(postpaid.getByRole('cell').first()).toHaveText(money('R$ 5.000,50'));

  // Back to the seeded figure, so the demo (and this spec, run again) finds it as it was.
  await amount.fill('1.234,56');
  await editor.getByRole('button', { name: 'Salvar limite' }).click();
  await expect(postpaid.getByRole('cell').first()).toHaveText(money('R$ 1.234,56'));
  await chooseLanguage(page, 'en');
});
