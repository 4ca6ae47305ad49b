import { z } from 'zod';
import { VIRTUAL_DEPOSIT_REFUSALS, VIRTUAL_DEPOSIT_STATUSES, VIRTUAL_TRANSFER_DIRECTIONS, VIRTUAL_WALLET_STATUSES } from '@/db/schema/virtual-wallets';
import { exactDecimal } from '@/lib/openapi/shared';
import { a55ListSchema, keysetPageFields } from '@/lib/pagination/keyset';

// The virtual wallet routes' answers, amounts as exact decimal JSON numbers (never floats).

const amount = (description: string, example = 150.0) => exactDecimal({ description, example });
const timestamp = z.iso.datetime();

export const virtualWalletSchema = z
  .object({
    virtual_wallet_uuid: z.uuid(),
    wallet_uuid: z.uuid().meta({ description: 'The holding wallet: the payment wallet where its money is' }),
    reference: z.string().meta({ description: "The merchant's id for the end customer, unique per holding" }),
    name: z.string(),
    status: z.enum(VIRTUAL_WALLET_STATUSES).meta({ description: '`active` takes deposits and occupies the quota; `deactivated` does neither' }),
    balance: amount('The virtual balance: what the holding owes this end customer'),
    currency: z.string().meta({ example: 'BRL' }),
    pix_txid: z.string().meta({ description: "The txid in its deposit BR Code, which tells its deposits apart", example: '0C7F3K2M9Q1W8E5R4T6Y2U0I3' }),
    deactivated_at: timestamp.nullable(),
    created: timestamp,
    updated: timestamp,
  })
  .meta({ id: 'VirtualWallet' });

export const virtualWalletListSchema = a55ListSchema(virtualWalletSchema).meta({ id: 'VirtualWalletList' });

export const virtualTransferSchema = z
  .object({
    transfer_uuid: z.uuid(),
    wallet_uuid: z.uuid(),
    virtual_wallet_uuid: z.uuid(),
    direction: z.enum(VIRTUAL_TRANSFER_DIRECTIONS),
    amount: amount('What moved'),
    currency: z.string(),
    description: z.string().nullable(),
    balance: amount("The virtual wallet's balance right after it"),
    created: timestamp,
  })
  .meta({ id: 'VirtualWalletTransfer' });

export const virtualStatementSchema = z
  .object({
    virtual_wallet_uuid: z.uuid(),
    currency: z.string(),
    balance: amount('The balance now'),
    data: z.array(
      z.object({
        entry_id: z.string().meta({ description: 'The ledger entry (a 64-bit integer, as text)', example: '1024' }),
        transaction_uuid: z.uuid(),
        kind: z.string().meta({ description: '`virtual_deposit` or `virtual_transfer`', example: 'virtual_deposit' }),
        reference_type: z.string().meta({ description: '`virtual_wallet_deposit` or `virtual_wallet_transfer`' }),
        reference_id: z.string().meta({ description: "The deposit's or the transfer's uuid" }),
        description: z.string().nullable(),
        amount: amount('Signed: what the entry added to the balance', -25.0),
        balance_after: amount('The balance right after this entry'),
        created_at: timestamp,
      }),
    ),
    ...keysetPageFields,
  })
  .meta({ id: 'VirtualWalletStatement' });

export const depositCodeSchema = z
  .object({
    virtual_wallet_uuid: z.uuid(),
    pix_txid: z.string(),
    amount: amount('The amount fixed in the code; null: the payer types it (a reusable code)').nullable(),
    minimum_deposit: amount("The holding's minimum: a smaller deposit is refused (and reported)", 1.0),
    pix_payload: z.object({
      copy_paste: z.string().meta({ description: 'The BR Code "copia e cola" (EMV, CRC16)' }),
      qr_code_base64: z.string().meta({ description: 'The QR code as a PNG, base64 without a data: prefix' }),
    }),
  })
  .meta({ id: 'VirtualWalletDepositCode' });

const configurationSchema = z.object({
  minimum_deposit: amount('A smaller deposit is refused and recorded', 1.0),
  leverage_ceiling: amount("How far the sum of virtual balances may exceed `available` through transfers", 0),
  reserve_ratio_bps: z.number().int().meta({ description: 'The share of the virtual balances a payout must leave in `available`, in basis points', example: 10000 }),
});

export const holdingSchema = z
  .object({
    wallet_uuid: z.uuid(),
    currency: z.string(),
    is_holding: z.boolean().meta({ description: 'False while the wallet has no virtual wallet and no configuration of its own (the defaults shown apply)' }),
    configuration: configurationSchema,
    real_balance: amount("The holding's `available` balance: the money really there"),
    virtual_balance_total: amount('The sum of its virtual wallets\' balances (deactivated ones included: still owed)'),
    reserve_ratio_held_bps: z.number().int().nullable().meta({ description: '`real_balance` over `virtual_balance_total` in basis points; null while the latter is zero' }),
    required_reserve: amount('What `available` must keep: `reserve_ratio_bps` of the virtual balances'),
    payable: amount('What payouts may still take out of `available` (amount plus fee)'),
    transferable: amount('What transfers may still move into virtual wallets'),
    leverage: amount('How far the virtual balances exceed the real balance (0 when covered)', 0),
    virtual_wallets: z.object({ active: z.number().int(), deactivated: z.number().int() }),
  })
  .meta({ id: 'Holding' });

export const holdingHistorySchema = z
  .object({
    wallet_uuid: z.uuid(),
    currency: z.string(),
    time_zone: z.string().meta({ example: 'America/Sao_Paulo' }),
    data: z.array(
      z.object({
        date: z.iso.date(),
        real_balance: amount('`available` at the end of the day'),
        virtual_balance_total: amount('The sum of the virtual balances at the end of the day'),
        reserve_ratio_held_bps: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'HoldingHistory' });

export const virtualDepositSchema = z
  .object({
    deposit_uuid: z.uuid(),
    wallet_uuid: z.uuid(),
    virtual_wallet_uuid: z.uuid(),
    reference: z.string().meta({ description: "The virtual wallet's reference" }),
    status: z.enum(VIRTUAL_DEPOSIT_STATUSES).meta({ description: '`credited` to the virtual balance at once, or `refused` (nothing moved; the provider returns it)' }),
    reason: z.enum(VIRTUAL_DEPOSIT_REFUSALS).nullable().meta({ description: 'Why it was refused; null when credited' }),
    amount: amount('What the payer sent'),
    currency: z.string(),
    pix_txid: z.string(),
    end_to_end_id: z.string().meta({ description: "The Pix payment's end-to-end id" }),
    payer_name: z.string().nullable(),
    paid_at: timestamp,
    created: timestamp,
  })
  .meta({ id: 'VirtualWalletDeposit' });

export const virtualDepositListSchema = a55ListSchema(virtualDepositSchema).meta({ id: 'VirtualWalletDepositList' });
