import type { Db } from '@/db/client';
import type { Scope } from '@/lib/api/scopes';
import type { Caller } from '@/lib/auth/caller';
import { createTestAccount } from '@/lib/testing/factories';
import { createTestApiClient } from '@/lib/testing/api';
import { createPaymentWallet } from './create';
import { toNewPaymentWallet } from './from-wire';
import type { CreateWalletInput } from './schemas';

const ACCOUNT_SCOPES: Scope[] = ['wallet:read', 'wallet:write'];

/** A fresh tenant with an account-level token for the wallet routes and a caller for the services. */
export async function walletTenant(db: Db, scopes: Scope[] = ACCOUNT_SCOPES) {
  const tenant = await createTestAccount(db);
  const { client, token } = await createTestApiClient(db, { entityUuid: tenant.account.entityUuid, scopes });
  const caller: Caller = { type: 'api_client', id: client.clientId, entityUuid: tenant.account.entityUuid, walletUuid: null };
  return { ...tenant, token, caller };
}

export type WalletTenant = Awaited<ReturnType<typeof walletTenant>>;

/** A create body for the tenant's own merchant, overridable field by field. */
export function createBody(tenant: WalletTenant, overrides: Partial<CreateWalletInput> = {}): CreateWalletInput {
  return {
    entity_uuid: tenant.account.entityUuid,
    customer_id: 'cust_12345',
    currency: 'BRL',
    name: 'Loja São Paulo — BRL',
    email: 'financeiro@loja-sp.com.br',
    create_credentials: false,
    merchant_uuid: tenant.merchant.merchantUuid,
    ...overrides,
  };
}

/** A payment wallet made through the service, for tests about what happens to wallets afterwards. */
export async function seedWallet(db: Db, tenant: WalletTenant, overrides: Partial<CreateWalletInput> = {}) {
  return (await createPaymentWallet(db, tenant.caller, toNewPaymentWallet(createBody(tenant, overrides)))).wallet;
}

/** A token for a wallet-level client of the tenant, confined to `walletUuid`. */
export async function walletLevelToken(db: Db, tenant: WalletTenant, walletUuid: string, scopes: Scope[] = ACCOUNT_SCOPES) {
  return (await createTestApiClient(db, { entityUuid: tenant.account.entityUuid, scopes, walletUuid })).token;
}
