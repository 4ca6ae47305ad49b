import { platformAccount } from '@/lib/ledger/accounts';
import { post } from '@/lib/ledger/post';
import { limitAccount } from './limit-ledger';
import { randomUUID } from 'node:crypto';
import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import type { Db } from '@/db/client';
import { callRoute, createTestApiClient } from '@/lib/testing/api';
import { createTestAccount } from '@/lib/testing/factories';
import { POST as createWallet } from '@/app/api/v1/credit/wallet/route';

/** Request bodies and tenants for the credit-wallet contract tests. */

/** Seed 002's request body, character for character (its CPF 12345678901 fails the check digits). */
export const SEED_002_BODY = `{
"owner": {
"request_control_key": "f7947b9d-9be3-49d8-aca2-4b3249e5fa65",
"person_type": "natural",
"name": "João Silva",
"document_number": "12345678901",
"birthdate": "1990-01-01",
"email": "joao.silva@email.com",
"phone": {
"number": "99999999",
"area_code": "11",
"country_code": "55"
},
"address": {
"street": "Rua das Flores",
"number": "123",
"neighborhood": "Centro",
"postal_code": "01234567",
"city": "São Paulo",
"state": "SP",
"complement": "Apto 1"
}
},
"invoice_configuration": {
"closing_date_configuration": {
"type": "fixed",
"fixed_day": 15
},
"due_date_configuration": {
"type": "fixed",
"fixed_day": 20,
"offset_months": 0
},
"invoice_payment_type": "bank_slip",
"interest_base": "calendar_days",
"monthly_interest_percentage": 2.0,
"fine_percentage": 2.0
},
"limits": {
"postpaid_credit_limit": 5000.00
}
}`;

export const address = {
  street: 'Rua das Flores',
  number: '123',
  neighborhood: 'Centro',
  postal_code: '01234567',
  city: 'São Paulo',
  state: 'SP',
};
export const phone = { country_code: '55', area_code: '11', number: '999999999' };

export function naturalOwner(document = generateCpf()) {
  return { person_type: 'natural', name: 'Maria Souza', document_number: document, birthdate: '1985-04-12', email: 'maria@example.test', phone, address };
}

export function legalOwner(document = generateCnpj({ version: 2 })) {
  return {
    person_type: 'legal',
    name: 'Padaria Souza LTDA',
    trading_name: 'Padaria Souza',
    document_number: document,
    foundation_date: '2010-03-01',
    email: 'contato@padaria.test',
    phone,
    address,
    legal_representatives: [naturalOwner()],
  };
}

export const invoiceConfiguration = {
  closing_date_configuration: { type: 'fixed', fixed_day: 15 },
  due_date_configuration: { type: 'fixed', fixed_day: 25, offset_months: 0 },
  invoice_payment_type: 'bank_slip',
  interest_base: 'calendar_days',
  monthly_interest_percentage: 2,
  fine_percentage: 2,
};

export function walletBody(overrides: Record<string, unknown> = {}) {
  return {
    request_control_key: randomUUID(),
    owner: naturalOwner(),
    invoice_configuration: invoiceConfiguration,
    limits: { postpaid_credit_limit: 5000 },
    ...overrides,
  };
}

/** A fresh account with a credit read/write client. */
export async function creditTenant(db: Db) {
  const tenant = await createTestAccount(db);
  const { token } = await createTestApiClient(db, { entityUuid: tenant.account.entityUuid, scopes: ['credit:read', 'credit:write'] });
  const caller = { type: 'user' as const, id: tenant.user.id, entityUuid: tenant.account.entityUuid, walletUuid: null };
  return { ...tenant, token, caller };
}

export function postWallet(token: string, body: unknown) {
  return callRoute(createWallet, { path: '/api/v1/credit/wallet', token, body });
}

/**
 * Uses part of a wallet's postpaid limit the way a purchase does (limit account → issued cards
 * payable), for tests about the limit itself rather than about purchases.
 */
export async function useLimitForTest(db: Db, owner: { entityUuid: string; walletUuid: string }, amountMinor: bigint): Promise<void> {
  const [available, payable] = await Promise.all([limitAccount(db, owner, 'postpaid_credit_limit'), platformAccount(db, owner.entityUuid, 'issued_cards_payable', 'BRL')]);
  await post(db, {
    entityUuid: owner.entityUuid,
    kind: 'test_limit_use',
    reference: { type: 'test', id: randomUUID() },
    entries: [
      { account: available, amountMinor: -amountMinor },
      { account: payable, amountMinor },
    ],
  });
}
