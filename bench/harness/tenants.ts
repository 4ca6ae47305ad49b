import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { account } from '@/db/schema';
import type { Db } from '@/db/client';
import { grantableScopes } from '@/lib/api/scopes';
import { SANDBOX_READY_CARDS } from '@/lib/charges/acquirer/sandbox';
import { createApiClient } from '@/lib/credentials/create';
import { EVERY_PRODUCT, writeContract } from '@/lib/products/contracted';
import { accessToken, apiClient, type ApiClient } from './http';

/** An account of the benchmark's own, reached over HTTP with an API client holding every scope. */
export interface Tenant {
  entityUuid: string;
  token: string;
  api: ApiClient;
}

/** A fresh account (the only row written directly: signing up is not an API operation) and a token for it. */
export async function createTenant(db: Db, base: string, name: string): Promise<Tenant> {
  const [created] = await db.insert(account).values({ name: `Benchmark ${name} ${randomUUID().slice(0, 8)}` }).returning();
  const entityUuid = created!.entityUuid;
  await writeContract(db, entityUuid, EVERY_PRODUCT);
  const actor = { type: 'system' as const, id: 'benchmark', entityUuid };
  const { client, clientSecret } = await createApiClient(db, actor, { entityUuid, name: `benchmark ${name}`, scopes: grantableScopes('merchant') });
  const token = await accessToken(base, client.clientId, clientSecret);
  return { entityUuid, token, api: apiClient(base, token) };
}

export interface PaymentWallet {
  walletUuid: string;
  merchantUuid: string;
}

/** A BRL payment wallet created through the API (seed 001), with a merchant named after it. */
export async function createPaymentWallet(tenant: Tenant, name: string): Promise<PaymentWallet> {
  const { body } = await tenant.api.post('/api/v1/bank/wallet/', {
    entity_uuid: tenant.entityUuid,
    customer_id: `bench_${randomUUID().slice(0, 8)}`,
    currency: 'BRL',
    name,
    email: 'financeiro@bench.example.test',
    create_credentials: false,
  });
  return { walletUuid: body.wallet_uuid as string, merchantUuid: body.merchant_uuid as string };
}

const EXPIRY_YEAR = String(new Date().getUTCFullYear() + 3);

/** A card charge body (reference A.3) of `amount` BRL on the wallet, paid host to host with the given card. */
export function cardChargeBody(wallet: PaymentWallet, amount: string, card: { number: string; cvv: string; month: string; year: string } = sandboxCard()) {
  return {
    wallet_uuid: wallet.walletUuid,
    merchant_id: wallet.merchantUuid,
    payer_name: 'Maria da Silva',
    payer_email: 'maria.silva@cliente.example.test',
    payer_tax_id: '52998224725',
    payer_cell_phone: '+5511987654321',
    installment_value: amount,
    installment_count: 1,
    currency: 'BRL',
    due_date: '2030-12-31',
    description: 'Pedido benchmark',
    type_charge: 'credit_card',
    payer_address: {
      street: 'Avenida Paulista',
      address_number: '1000',
      neighborhood: 'Bela Vista',
      city: 'São Paulo',
      state: 'SP',
      postal_code: '01310-100',
      country: 'BR',
    },
    items: [{ name: 'Camiseta', quantity: 1, total_amount: amount, unit_amount: amount, sku: 'TSHIRT-1' }],
    card_name: 'MARIA DA SILVA',
    card_number: card.number,
    card_expiry_month: card.month,
    card_expiry_year: card.year,
    card_cvv: card.cvv,
  };
}

/** A.11's first ready card, which the sandbox acquirer authorizes. */
export function sandboxCard() {
  return { number: SANDBOX_READY_CARDS[0], cvv: '123', month: '12', year: EXPIRY_YEAR };
}

/** How many charges a wallet holds now. */
export async function chargesOn(sql: postgres.Sql, walletUuid: string): Promise<number> {
  const [row] = await sql<{ count: string }[]>`select count(*) from charge where wallet_uuid = ${walletUuid}`;
  return Number(row!.count);
}
