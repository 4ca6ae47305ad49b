import { randomUUID } from 'node:crypto';
import { updatePixSettings } from '@/lib/accounts/pix-settings';
import type { Operation } from '@/lib/api/operation';
import { createApiClient } from '@/lib/credentials/create';
import type { Harness } from './harness';
import { expectAnswer } from './http-client';
import {
  approvedCard,
  cardIssueBody,
  chargeBody,
  createCreditWallet,
  createEndpoint,
  createPaymentWallet,
  createTenant,
  creditWalletBody,
  creditWalletWithCard,
  payrollWalletBody,
  type PaymentWallet,
  type Tenant,
} from './tenants';
import { WebhookReceiver } from './webhook-receiver';

/**
 * A tenant holding one of everything a route can name, made through the API: a payment wallet with
 * a captured, a pre-authorized and an issued charge, a payment link, a credit wallet with its
 * limit, a card and a purchase on it (an instrument entry), a payroll wallet with a withdrawal (a
 * wallet entry), a credit wallet still waiting for KYC, a closed invoice with its slip, a settlement,
 * a payout, a virtual wallet under the payment wallet with a deposit (the account has a Pix key for
 * its deposit code), and a webhook endpoint with a delivery to a receiver that is up. R5 malforms requests against it; R6 is it, seen from another tenant.
 */
export interface FixtureTenant {
  tenant: Tenant;
  wallet: PaymentWallet;
  /** The tenant's id for each path parameter of `operation`. */
  paramsFor(operation: Operation): Record<string, string>;
  /** A body `operation`'s schema accepts, naming the tenant's own objects (undefined: it takes none). */
  bodyFor(operation: Operation): unknown;
  /** Every id of the tenant, by what it is. */
  ids: Record<string, string>;
  /** A client of the tenant for the token endpoint's share of the traffic (its own failure budget). */
  tokenClient: { id: string; secret: string };
}

export async function createFixtureTenant(harness: Harness): Promise<FixtureTenant> {
  const servers = harness.servers.map((s) => s.url);
  const tenant = await createTenant(harness.db, servers);
  const receiver = await WebhookReceiver.open();
  const endpoint = await createEndpoint(tenant, receiver.url, ['charge.confirmed']);
  const wallet = await createPaymentWallet(tenant, 'Fixture store');
  const charge = async (options: { card?: null; capture?: boolean }) =>
    expectAnswer(await tenant.api.post('/api/v1/bank/wallet/charge/', chargeBody(wallet, { amount: '100.00', description: 'fixture', ...options }), { idempotencyKey: randomUUID() }), 200, 'fixture charge').body
      .charge_uuid as string;
  const paid = await charge({});
  const preAuthorized = await charge({ capture: false });
  const issued = await charge({ card: null });
  const link = expectAnswer(await tenant.api.post('/api/v1/bank/wallet/payment-link/', linkBody(wallet), { idempotencyKey: randomUUID() }), 200, 'fixture link').body.payment_link_uuid as string;

  const credit = await creditWalletWithCard(tenant, { wallet: '5000.00', card: '1000.00' });
  const purchaseBody = chargeBody(wallet, { amount: '10.00', description: 'fixture purchase', card: credit.card });
  expectAnswer(await tenant.api.post('/api/v1/bank/wallet/charge/', purchaseBody, { idempotencyKey: randomUUID() }), 200, 'fixture purchase');
  const entries = expectAnswer(await tenant.api.get(`/api/v1/credit/wallet/${credit.walletKey}/payment_instrument/${credit.paymentInstrumentKey}/payment_instrument_entry`), 200, 'fixture entries');
  const payroll = await createCreditWallet(tenant, payrollWalletBody());
  const withdrawal = expectAnswer(
    await tenant.api.post(`/api/v1/credit/wallet/${payroll}/wallet_entry`, { request_control_key: randomUUID(), wallet_entry_type: 'payroll_withdraw', wallet_entry_amount: 10 }, { idempotencyKey: randomUUID() }),
    201,
    'fixture withdrawal',
  );
  const pending = await createCreditWallet(tenant, creditWalletBody('1000.00'), { approve: false });
  // The credit wallet's first invoice, closed by the sandbox so it has a bank slip; the next one opens.
  const invoice = expectAnswer(await tenant.api.post(`/api/v1/sandbox/credit/wallets/${credit.walletKey}/invoice/close`, undefined, { idempotencyKey: randomUUID() }), 200, 'fixture invoice close')
    .body.invoice_key as string;
  // A settlement (the captured charges settled now, their net in `available`) and a payout drawing on it.
  expectAnswer(await tenant.api.post('/api/v1/sandbox/settlements/run', { wallet_uuid: wallet.walletUuid }, { idempotencyKey: randomUUID() }), 200, 'fixture settlement');
  const settlements = expectAnswer(await tenant.api.get(`/api/v1/bank/wallet/settlements/?wallet_uuid=${wallet.walletUuid}`), 200, 'fixture settlements');
  const payout = expectAnswer(await tenant.api.post('/api/v1/bank/wallet/payout/', payoutBody(wallet), { idempotencyKey: randomUUID() }), 201, 'fixture payout').body.payout_uuid as string;
  // A virtual wallet (the payment wallet becomes its holding) with a credited deposit, after the payout so the reserve does not refuse it.
  await updatePixSettings(harness.db, { type: 'system', id: 'reliability-suite', entityUuid: tenant.entityUuid, walletUuid: null }, { pix_key: 'financeiro@fixture.example.test', pix_city: 'São Paulo' });
  const virtualWallet = expectAnswer(
    await tenant.api.post(`/api/v1/bank/wallet/${wallet.walletUuid}/virtual/`, { reference: 'fixture-customer', name: 'Fixture customer' }, { idempotencyKey: randomUUID() }),
    201,
    'fixture virtual wallet',
  ).body.virtual_wallet_uuid as string;
  expectAnswer(await tenant.api.post(`/api/v1/sandbox/virtual-wallets/${virtualWallet}/deposit`, { amount: '20.00' }, { idempotencyKey: randomUUID() }), 201, 'fixture virtual deposit');
  const deliveries = expectAnswer(await tenant.api.get('/api/v1/webhooks/deliveries'), 200, 'fixture deliveries');

  const ids = {
    entity: tenant.entityUuid,
    merchant: wallet.merchantUuid,
    wallet: wallet.walletUuid,
    paidCharge: paid,
    preAuthorizedCharge: preAuthorized,
    issuedCharge: issued,
    link,
    creditWallet: credit.walletKey,
    walletLimit: credit.walletLimitKey,
    card: credit.paymentInstrumentKey,
    cardEntry: entries.body.data[0].payment_instrument_entry_key as string,
    payrollWallet: payroll,
    walletEntry: withdrawal.body.wallet_entry_key as string,
    pendingCreditWallet: pending,
    endpoint: endpoint.endpointUuid,
    delivery: deliveries.body.data[0].delivery_uuid as string,
    invoice,
    settlement: settlements.body.data[0].settlement_uuid as string,
    payout,
    virtualWallet,
  };

  const paramsFor = (operation: Operation): Record<string, string> => {
    const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const id = (name: string): string => {
      switch (name) {
        case 'wallet_uuid':
          return operation.operationId === 'simulateKycDecision' ? ids.pendingCreditWallet : ids.wallet;
        case 'wallet_key':
          return operation.path.includes('/wallet_entry') ? ids.payrollWallet : ids.creditWallet;
        case 'charge_uuid':
          return operation.operationId === 'cancelCharge' ? ids.preAuthorizedCharge : ids.paidCharge;
        case 'uuid':
          return operation.path.includes('/payment-link/') ? ids.link : ids.issuedCharge;
        case 'payment_link_uuid':
          return ids.link;
        case 'wallet_limit_key':
          return ids.walletLimit;
        case 'payment_instrument_key':
          return ids.card;
        case 'payment_instrument_entry_key':
          return ids.cardEntry;
        case 'wallet_entry_key':
          return ids.walletEntry;
        case 'endpoint_uuid':
          return ids.endpoint;
        case 'delivery_uuid':
          return ids.delivery;
        case 'invoice_key':
          return ids.invoice;
        case 'settlement_uuid':
          return ids.settlement;
        case 'payout_uuid':
          return ids.payout;
        case 'virtual_wallet_uuid':
          return ids.virtualWallet;
        // The management routes' account and merchant (a tenant's token is refused them: R6 checks the 403).
        case 'entity_uuid':
          return ids.entity;
        case 'merchant_uuid':
          return ids.merchant;
        default:
          throw new Error(`no fixture id for path parameter ${name} of ${operation.operationId}`);
      }
    };
    return Object.fromEntries(names.map((name) => [name, id(name)]));
  };

  const bodies: Record<string, unknown> = {
    createWallet: { entity_uuid: ids.entity, customer_id: 'fixture', currency: 'MXN', name: 'Fixture MXN', email: 'fixture@example.test', create_credentials: false },
    createCharge: chargeBody(wallet, { amount: '10.00', description: 'fixture' }),
    createPixCharge: pixBody(wallet),
    captureCharge: { charge_uuid: ids.preAuthorizedCharge, wallet_uuid: ids.wallet, amount: '1.00' },
    cancelCharge: { reason: 'fixture' },
    refundCharge: { amount: '1.00', reason: 'fixture' },
    payCharge: { ...approvedCard(), payer_tax_id: '52998224725' },
    completeThreeDsChallenge: { passed: true },
    simulateChargeDispute: { action: 'open' },
    simulateChargePayment: {},
    simulateChargeExpiry: {},
    createPaymentLink: linkBody(wallet),
    startPaymentLinkPayment: { method: 'credit_card', payer_name: 'Paula Payer', payer_email: 'paula@example.test', payer_tax_id: '52998224725', payer_cell_phone: '+5511999999999' },
    createCreditWallet: creditWalletBody('1000.00'),
    updateCreditWalletLimit: { limit_amount: 4000 },
    createPaymentInstrument: cardIssueBody('100.00'),
    changePaymentInstrumentLimit: { limit_amount: 900 },
    createWalletEntry: { request_control_key: randomUUID(), wallet_entry_type: 'payroll_withdraw', wallet_entry_amount: 5 },
    createWebhookEndpoint: { url: 'https://hooks.example.test/fixture', webhook_key: 'fixture-key', events: ['wallet.created'], format: 'platform' },
    updateWebhookEndpoint: { description: 'fixture, renamed' },
    simulateKycDecision: { action: 'reject', reason: 'Documento ilegível' },
    simulateInvoicePayment: {},
    createPayout: payoutBody(wallet),
    simulatePayoutOutcome: { outcome: 'realized' },
    simulateSettlement: { wallet_uuid: ids.wallet },
    createVirtualWallet: { reference: 'fixture-customer-2', name: 'Another fixture customer' },
    transferVirtualWallet: { amount: '1.00', direction: 'to_holding', description: 'fixture' },
    updateHoldingConfiguration: { minimum_deposit: '1.00', leverage_ceiling: '0.00', reserve_ratio_bps: 10000 },
    simulateVirtualDeposit: { amount: '5.00' },
    createManagedAccount: { name: 'Fixture onboarding', merchants: [{ name: 'Fixture shop' }], owner: { email: 'owner@fixture.example.test' } },
    addManagedMerchant: { name: 'Fixture second shop' },
    inviteToManagedAccount: { email: 'viewer@fixture.example.test', role: 'viewer' },
    updateManagedAccountConfigurations: { pix_key: 'financeiro@fixture.example.test', pix_city: 'Sao Paulo', payout_destination: null },
    updateManagedAccountProducts: { products: [{ product: 'payment_wallet', quota: null }] },
    updateManagedMerchantPricing: { pricing: [{ type_charge: 'pix', percent_bps: 99, fixed_amount: '0.00', settlement_delay_days: null }] },
  };
  const bodyFor = (operation: Operation): unknown => {
    // The token endpoint's body is a form of credentials, not JSON: see `tokenClient`.
    if (!operation.body || operation.operationId === 'issueAccessToken') return undefined;
    if (!(operation.operationId in bodies)) throw new Error(`no fixture body for ${operation.operationId}`);
    return bodies[operation.operationId];
  };

  const actor = { type: 'system' as const, id: 'reliability-suite', entityUuid: tenant.entityUuid };
  const { client, clientSecret } = await createApiClient(harness.db, actor, { entityUuid: tenant.entityUuid, name: 'fixture token client', scopes: ['wallet:read'] });
  return { tenant, wallet, ids, paramsFor, bodyFor, tokenClient: { id: client.clientId, secret: clientSecret } };
}

function linkBody(wallet: PaymentWallet) {
  return { wallet_uuid: wallet.walletUuid, merchant_id: wallet.merchantUuid, region: 'BR', currency: 'BRL', billing_type: 'one_time', charge_type: ['credit_card'], name: 'Fixture link', value: '10.00' };
}

function payoutBody(wallet: PaymentWallet) {
  return {
    wallet_uuid: wallet.walletUuid,
    type_payout: 'pix',
    value: '1.00',
    description: 'fixture payout',
    transaction_reference: 'fixture-payout',
    pix_destination: { pix_address_key: 'financeiro@fixture.example.test', pix_address_key_type: 'email' },
  };
}

function pixBody(wallet: PaymentWallet) {
  const card = chargeBody(wallet, { amount: '10.00', description: 'fixture pix', card: null });
  const { wallet_uuid, merchant_id, payer_name, payer_email, payer_tax_id, payer_cell_phone, description, payer_address } = card;
  return { wallet_uuid, merchant_id, payer_name, payer_email, payer_tax_id, payer_cell_phone, description, payer_address, amount: '10.00', currency: 'BRL' };
}
