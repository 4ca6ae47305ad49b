import { z } from 'zod';
import { VIRTUAL_DEPOSIT_REFUSALS, VIRTUAL_DEPOSIT_STATUSES, VIRTUAL_TRANSFER_DIRECTIONS, VIRTUAL_WALLET_STATUSES } from '@/db/schema/virtual-wallets';
import { jsonDecimal } from '@/lib/money/decimal';
import { defineEvent } from '@/lib/webhooks/define-event';
import { platformEnvelope, type StoredEvent } from '@/lib/webhooks/payloads';

// The virtual wallet events, in seed 003's platform envelope `{operation: "VIRTUAL_WALLET",
// sub_operation, operation_id, status, reason, data}`. A leaf module: the webhook catalogue imports
// it, so it imports no service. Amounts are stored as minor-unit digits and sent as exact decimals.

export const VIRTUAL_WALLET_OPERATION = 'VIRTUAL_WALLET';

const minorUnits = z.string().regex(/^-?\d+$/, 'minor units as digits');
/** Virtual wallets live under BRL holdings (Pix deposits): two decimal places. */
const decimal = (minor: string) => jsonDecimal(BigInt(minor), 2);

const depositData = z.object({
  deposit_uuid: z.uuid(),
  virtual_wallet_uuid: z.uuid(),
  wallet_uuid: z.uuid(),
  reference: z.string(),
  status: z.enum(VIRTUAL_DEPOSIT_STATUSES),
  reason: z.enum(VIRTUAL_DEPOSIT_REFUSALS).nullable(),
  amount_minor: minorUnits,
  currency: z.string(),
  pix_txid: z.string(),
  end_to_end_id: z.string(),
  payer_name: z.string().nullable(),
  /** The virtual balance right after the deposit; null when it was refused. */
  balance_minor: minorUnits.nullable(),
  paid_at: z.iso.datetime(),
});
export type VirtualDepositEventData = z.output<typeof depositData>;

function depositBody({ data }: StoredEvent<VirtualDepositEventData>) {
  return {
    deposit_uuid: data.deposit_uuid,
    virtual_wallet_uuid: data.virtual_wallet_uuid,
    wallet_uuid: data.wallet_uuid,
    reference: data.reference,
    status: data.status,
    amount: decimal(data.amount_minor),
    currency: data.currency,
    pix_txid: data.pix_txid,
    end_to_end_id: data.end_to_end_id,
    payer_name: data.payer_name,
    balance: data.balance_minor === null ? null : decimal(data.balance_minor),
    paid_at: data.paid_at,
  };
}

/** Human reasons for a refused deposit, as the envelope's `reason` says them. */
export const REFUSAL_REASONS: Record<(typeof VIRTUAL_DEPOSIT_REFUSALS)[number], string> = {
  below_minimum: "The deposit is below the holding's minimum deposit",
  virtual_wallet_deactivated: 'The virtual wallet is deactivated',
  holding_not_active: 'The holding wallet is not active',
};

export const virtualDepositReceived = defineEvent(
  { type: 'virtual_wallet.deposit_received', label: 'A Pix deposit was credited to a virtual wallet', subject: 'virtual_wallet_deposit', data: depositData },
  { platform: platformEnvelope({ operation: VIRTUAL_WALLET_OPERATION, subOperation: 'DEPOSIT', data: depositBody }) },
);

export const virtualDepositRefused = defineEvent(
  {
    type: 'virtual_wallet.deposit_refused',
    label: 'A Pix deposit to a virtual wallet was refused (below the minimum, or the wallet is deactivated)',
    subject: 'virtual_wallet_deposit',
    data: depositData,
  },
  {
    platform: platformEnvelope({
      operation: VIRTUAL_WALLET_OPERATION,
      subOperation: 'DEPOSIT',
      status: 'FAILED',
      reason: (data) => (data.reason ? REFUSAL_REASONS[data.reason] : null),
      data: (event) => ({ ...depositBody(event), refusal: event.data.reason }),
    }),
  },
);

const transferData = z.object({
  transfer_uuid: z.uuid(),
  virtual_wallet_uuid: z.uuid(),
  wallet_uuid: z.uuid(),
  reference: z.string(),
  direction: z.enum(VIRTUAL_TRANSFER_DIRECTIONS),
  amount_minor: minorUnits,
  currency: z.string(),
  description: z.string().nullable(),
  balance_minor: minorUnits,
});
export type VirtualTransferEventData = z.output<typeof transferData>;

export const virtualTransferCompleted = defineEvent(
  { type: 'virtual_wallet.transfer', label: 'Money moved between a holding wallet and one of its virtual wallets', subject: 'virtual_wallet_transfer', data: transferData },
  {
    platform: platformEnvelope({
      operation: VIRTUAL_WALLET_OPERATION,
      subOperation: 'TRANSFER',
      data: ({ data }) => ({
        transfer_uuid: data.transfer_uuid,
        virtual_wallet_uuid: data.virtual_wallet_uuid,
        wallet_uuid: data.wallet_uuid,
        reference: data.reference,
        direction: data.direction,
        amount: decimal(data.amount_minor),
        currency: data.currency,
        description: data.description,
        balance: decimal(data.balance_minor),
      }),
    }),
  },
);

const virtualWalletData = z.object({
  virtual_wallet_uuid: z.uuid(),
  wallet_uuid: z.uuid(),
  reference: z.string(),
  name: z.string(),
  status: z.enum(VIRTUAL_WALLET_STATUSES),
  balance_minor: minorUnits,
  currency: z.string(),
});
export type VirtualWalletEventData = z.output<typeof virtualWalletData>;

function statusEvent<const Type extends string>(type: Type, label: string, subOperation: string) {
  return defineEvent(
    { type, label, subject: 'virtual_wallet', data: virtualWalletData },
    {
      platform: platformEnvelope({
        operation: VIRTUAL_WALLET_OPERATION,
        subOperation,
        data: ({ data, occurredAt }) => ({
          virtual_wallet_uuid: data.virtual_wallet_uuid,
          wallet_uuid: data.wallet_uuid,
          reference: data.reference,
          name: data.name,
          status: data.status,
          balance: decimal(data.balance_minor),
          currency: data.currency,
          occurred_at: occurredAt.toISOString(),
        }),
      }),
    },
  );
}

export const virtualWalletDeactivated = statusEvent('virtual_wallet.deactivated', 'A virtual wallet was deactivated', 'DEACTIVATED');
export const virtualWalletReactivated = statusEvent('virtual_wallet.reactivated', 'A virtual wallet was reactivated', 'REACTIVATED');

export const virtualWalletEvents = [virtualDepositReceived, virtualDepositRefused, virtualTransferCompleted, virtualWalletDeactivated, virtualWalletReactivated] as const;
