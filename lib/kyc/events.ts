import { z } from 'zod';
import { defineEvent } from '@/lib/webhooks/define-event';
import { platformEnvelope, qiEnvelope } from '@/lib/webhooks/payloads';
import { WALLET_OPERATION, walletEventDataSchema, walletPlatformData, walletQiData } from '@/lib/wallets/events';

// KYC results are the events QI clients exist to read: `baas.invoice.wallet` with the wallet's
// final status. In the platform envelope a rejection is the one FAILED operation, with its reason.

export const kycApproved = defineEvent(
  {
    type: 'wallet.kyc_approved',
    label: 'A credit wallet passed KYC and is active',
    subject: 'wallet',
    data: walletEventDataSchema,
  },
  {
    platform: platformEnvelope({ operation: WALLET_OPERATION, subOperation: 'KYC_APPROVED', data: walletPlatformData }),
    qi: qiEnvelope({ webhookType: 'baas.invoice.wallet', data: walletQiData }),
  },
);

export const kycRejected = defineEvent(
  {
    type: 'wallet.kyc_rejected',
    label: 'A credit wallet was rejected in KYC',
    subject: 'wallet',
    data: walletEventDataSchema.extend({ reason: z.string().min(1) }),
  },
  {
    platform: platformEnvelope({
      operation: WALLET_OPERATION,
      subOperation: 'KYC_REJECTED',
      status: 'FAILED',
      reason: (data) => data.reason,
      data: (event) => walletPlatformData(event),
    }),
    qi: qiEnvelope({ webhookType: 'baas.invoice.wallet', data: walletQiData }),
  },
);

export const kycEvents = [kycApproved, kycRejected] as const;
