import { expect, type Locator, type Page } from '@playwright/test';
import { generateCpf } from '@brazilian-utils/brazilian-utils';

/** Fills a natural person's fields inside `scope` (the owner's details or one representative). */
export async function fillNaturalPerson(scope: Locator, person: { name: string; cpf: string; email: string }) {
  await scope.getByLabel('Full name').fill(person.name);
  await scope.getByLabel('CPF').fill(person.cpf);
  await scope.getByLabel('Birthdate').fill('1988-06-30');
  await fillContact(scope, person.email);
}

export async function fillContact(scope: Locator, email: string) {
  await scope.getByLabel('Email').fill(email);
  await scope.getByLabel('Area code').fill('11');
  await scope.getByLabel('Phone number').fill('987654321');
  await scope.getByLabel('Postal code').fill('01310930');
  await scope.getByLabel('Street').fill('Avenida Paulista');
  await scope.getByLabel('Number', { exact: true }).fill('1000');
  await scope.getByLabel('Neighborhood').fill('Bela Vista');
  await scope.getByLabel('City').fill('São Paulo');
  await scope.getByLabel('State').selectOption('SP');
}

/**
 * Onboards a natural person's credit wallet of `limit` reais through the wizard and answers its
 * key; the page is left on the new wallet's page, its owner waiting for KYC.
 */
export async function createCreditWalletInWizard(page: Page, owner: { name: string; email: string }, limit: string): Promise<string> {
  await page.goto('/dashboard/wallets/credit/new');
  const wizard = page.getByRole('form', { name: 'New credit wallet' });
  await fillNaturalPerson(wizard.getByRole('group', { name: 'Owner details' }), { ...owner, cpf: generateCpf() });
  await wizard.getByLabel('Postpaid credit limit (BRL)').fill(limit);
  await wizard.getByRole('button', { name: 'Create credit wallet' }).click();
  await expect(page).toHaveURL(/\/dashboard\/wallets\/credit\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}
