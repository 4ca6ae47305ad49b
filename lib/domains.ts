import { chargesDomain } from '@/lib/charges';
import { creditDomain } from '@/lib/credit';
import { invoicesDomain } from '@/lib/invoices';
import type { Domain } from '@/lib/domain';
import { kycDomain } from '@/lib/kyc';
import { ledgerDomain } from '@/lib/ledger';
import { managementDomain } from '@/lib/management';
import { paymentInstrumentsDomain } from '@/lib/payment-instruments';
import { paymentLinksDomain } from '@/lib/payment-links';
import { payoutsDomain } from '@/lib/payouts';
import { platformDomain } from '@/lib/platform';
import { settlementsDomain } from '@/lib/settlements';
import { virtualWalletsDomain } from '@/lib/virtual-wallets';
import { walletsDomain } from '@/lib/wallets';
import { webhooksDomain } from '@/lib/webhooks';

/**
 * Every domain of the platform, in the order the API reference shows them. The OpenAPI document,
 * the job workers, the scopes and the webhook event catalogue are all collected from this list.
 * Services never import it (it imports every service); the doors and the worker do.
 */
export const DOMAINS: readonly Domain[] = [platformDomain, walletsDomain, chargesDomain, paymentLinksDomain, payoutsDomain, virtualWalletsDomain, ledgerDomain, creditDomain, paymentInstrumentsDomain, invoicesDomain, settlementsDomain, webhooksDomain, kycDomain, managementDomain];

export const OPERATIONS = DOMAINS.flatMap((domain) => domain.operations);
