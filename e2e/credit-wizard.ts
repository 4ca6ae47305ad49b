import type { Locator } from '@playwright/test';

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
