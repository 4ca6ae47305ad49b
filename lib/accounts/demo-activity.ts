import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiClient, creditWallet, wallet, webhookEndpoint } from '@/db/schema';
import type { Caller, Operator } from '@/lib/auth/caller';
import { createApiClient } from '@/lib/credentials/create';
import { seedDemoCharges } from './demo-charges';
import { seedDemoPaymentLinks } from './demo-payment-links';
import { createCreditWallet } from '@/lib/credit/create-wallet';
import { toNewCreditWallet } from '@/lib/credit/from-wire';
import { createCreditWalletSchema } from '@/lib/credit/schemas';
import { rejectKyc } from '@/lib/kyc/decide';
import { operatorDecider } from '@/lib/kyc/decider';
import { createPaymentWallet } from '@/lib/wallets/create';
import { createWebhookEndpoint } from '@/lib/webhooks/endpoints';
import { createEndpointSchema } from '@/lib/webhooks/schemas';

/**
 * What a newcomer's first screens show beyond the logins: a BRL and an MXN payment wallet with card
 * charges in several statuses (./demo-charges.ts) and a payment link paid twice, credit
 * wallets waiting for KYC (the operator's queue is not empty) and rejected with a reason, API
 * credentials, and a webhook endpoint whose deliveries fill the delivery log (its host does not
 * resolve, so they show failed attempts and retries). Everything goes through the real services, so
 * audit rows and events are what a merchant's own actions would leave; each record is looked up by
 * a fixed key first, so seeding twice changes nothing.
 */
export const DEMO_ACTIVITY = {
  paymentWallets: [
    { customerId: 'demo-loja-sp-brl', currency: 'BRL', name: 'Loja São Paulo — BRL', email: 'financeiro@lojasp.demo.test', merchant: 0 },
    { customerId: 'demo-latam-mxn', currency: 'MXN', name: 'LatAm Store — MXN', email: 'finanzas@latam.demo.test', merchant: 1 },
  ],
  pendingCreditWallet: { requestControlKey: '0b6f1f5e-4a7c-4d0e-9a53-3c1d1c2b7a01', name: 'Mercearia Boa Vista Ltda', document: '39053344705' },
  rejectedCreditWallet: {
    requestControlKey: '0b6f1f5e-4a7c-4d0e-9a53-3c1d1c2b7a02',
    name: 'Oficina Irmãos Souza',
    document: '11144477735',
    reason: 'O comprovante de endereço está ilegível; envie um documento recente.',
  },
  apiClientName: 'ERP integration (demo)',
  webhookUrl: 'https://webhooks.lojasp.example/wallet-events',
} as const;

export async function seedDemoActivity(db: Db, merchantCaller: Caller, operator: Operator, merchantUuids: readonly string[]): Promise<void> {
  const entityUuid = merchantCaller.entityUuid;
  await seedEndpoint(db, merchantCaller);
  for (const spec of DEMO_ACTIVITY.paymentWallets) {
    const [found] = await db.select({ id: wallet.walletUuid }).from(wallet).where(and(eq(wallet.entityUuid, entityUuid), eq(wallet.customerId, spec.customerId)));
    if (found) continue;
    await createPaymentWallet(db, merchantCaller, {
      entityUuid,
      customerId: spec.customerId,
      currency: spec.currency,
      name: spec.name,
      email: spec.email,
      createCredentials: false,
      merchantUuid: merchantUuids[spec.merchant]!,
    });
  }
  await seedDemoCharges(db, merchantCaller, { brl: DEMO_ACTIVITY.paymentWallets[0].customerId, mxn: DEMO_ACTIVITY.paymentWallets[1].customerId });
  await seedDemoPaymentLinks(db, merchantCaller, DEMO_ACTIVITY.paymentWallets[0].customerId);
  await seedCreditWallet(db, merchantCaller, DEMO_ACTIVITY.pendingCreditWallet);
  const rejected = await seedCreditWallet(db, merchantCaller, DEMO_ACTIVITY.rejectedCreditWallet);
  if (rejected) await rejectKyc(db, operatorDecider(operator), rejected, DEMO_ACTIVITY.rejectedCreditWallet.reason);

  const [client] = await db.select({ id: apiClient.clientId }).from(apiClient).where(and(eq(apiClient.entityUuid, entityUuid), eq(apiClient.name, DEMO_ACTIVITY.apiClientName)));
  if (!client) {
    await createApiClient(db, merchantCaller, { entityUuid, name: DEMO_ACTIVITY.apiClientName, scopes: ['wallet:read', 'credit:read', 'webhook:read'] });
  }
}

// First, so the wallets created after it are announced to it.
async function seedEndpoint(db: Db, caller: Caller) {
  const [found] = await db
    .select({ id: webhookEndpoint.endpointUuid })
    .from(webhookEndpoint)
    .where(and(eq(webhookEndpoint.entityUuid, caller.entityUuid), eq(webhookEndpoint.url, DEMO_ACTIVITY.webhookUrl)));
  if (found) return;
  const input = createEndpointSchema.parse({
    url: DEMO_ACTIVITY.webhookUrl,
    webhook_key: 'demo-erp-key',
    events: ['wallet.created', 'wallet.kyc_approved', 'wallet.kyc_rejected'],
    format: 'platform',
    description: 'ERP (demo): its host does not resolve, so deliveries fail and retry',
  });
  await createWebhookEndpoint(db, caller, input);
}

export interface DemoCreditWallet {
  requestControlKey: string;
  name: string;
  /** A CPF with valid check digits. */
  document: string;
  postpaidLimit?: string;
}

/** A credit wallet for a natural owner, waiting for KYC; null when it was seeded before. */
export async function seedCreditWallet(db: Db, caller: Caller, spec: DemoCreditWallet): Promise<string | null> {
  const [found] = await db.select({ id: creditWallet.walletUuid }).from(creditWallet).where(eq(creditWallet.requestControlKey, spec.requestControlKey));
  if (found) return null;
  const request = createCreditWalletSchema.parse({
    request_control_key: spec.requestControlKey,
    owner: {
      person_type: 'natural',
      name: spec.name,
      document_number: spec.document,
      birthdate: '1979-08-21',
      email: `${spec.document}@owners.demo.test`,
      phone: { country_code: '55', area_code: '11', number: '955554444' },
      address: { street: 'Avenida Paulista', number: '1000', neighborhood: 'Bela Vista', postal_code: '01310100', city: 'São Paulo', state: 'SP' },
    },
    invoice_configuration: {
      closing_date_configuration: { type: 'fixed', fixed_day: 10 },
      due_date_configuration: { type: 'fixed', fixed_day: 20, offset_months: 0 },
      invoice_payment_type: 'bank_slip',
      interest_base: 'calendar_days',
      monthly_interest_percentage: '2.0',
      fine_percentage: '2.0',
    },
    limits: { postpaid_credit_limit: spec.postpaidLimit ?? '3000.00' },
  });
  return (await createCreditWallet(db, caller, toNewCreditWallet(request))).walletKey;
}
