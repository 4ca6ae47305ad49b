import type { z } from 'zod';
import { jsonDecimal } from '@/lib/money/decimal';
import { a55ListBody, type ListPage } from '@/lib/pagination/keyset';
import type { DepositCode } from './deposit-code';
import type { HoldingConfiguration } from './holding';
import type { HoldingDay, HoldingOverview } from './overview';
import type { VirtualDepositRow, VirtualWalletView } from './queries';
import type {
  depositCodeSchema,
  holdingHistorySchema,
  holdingSchema,
  virtualDepositSchema,
  virtualStatementSchema,
  virtualTransferSchema,
  virtualWalletSchema,
} from './response-schemas';
import type { VirtualStatementPage } from './statement';
import type { VirtualTransferRow } from './transfers';
import { HISTORY_TIME_ZONE } from './overview';

// Typed by the response schemas, so a field the document lacks (or one it promises) fails tsc.
// Virtual wallets live under BRL holdings: two decimal places.
const reais = (minor: bigint) => jsonDecimal(minor, 2);

export function toVirtualWalletBody(row: VirtualWalletView): z.input<typeof virtualWalletSchema> {
  return {
    virtual_wallet_uuid: row.virtualWalletUuid,
    wallet_uuid: row.walletUuid,
    reference: row.reference,
    name: row.name,
    status: row.status,
    balance: reais(row.balanceMinor),
    currency: row.currency,
    pix_txid: row.pixTxid,
    deactivated_at: row.deactivatedAt?.toISOString() ?? null,
    created: row.createdAt.toISOString(),
    updated: row.updatedAt.toISOString(),
  };
}

export function toVirtualWalletListBody(query: { page: number; limit: number }, page: ListPage<VirtualWalletView>) {
  return a55ListBody(query, page, toVirtualWalletBody);
}

export function toTransferBody(row: VirtualTransferRow & { balanceAfterMinor: bigint }): z.input<typeof virtualTransferSchema> {
  return {
    transfer_uuid: row.transferUuid,
    wallet_uuid: row.walletUuid,
    virtual_wallet_uuid: row.virtualWalletUuid,
    direction: row.direction,
    amount: reais(row.amountMinor),
    currency: row.currency,
    description: row.description,
    balance: reais(row.balanceAfterMinor),
    created: row.createdAt.toISOString(),
  };
}

export function toStatementBody(page: VirtualStatementPage): z.input<typeof virtualStatementSchema> {
  return {
    virtual_wallet_uuid: page.virtualWallet.virtualWalletUuid,
    currency: page.virtualWallet.currency,
    balance: reais(page.virtualWallet.balanceMinor),
    data: page.rows.map((row) => ({
      entry_id: row.entryId.toString(),
      transaction_uuid: row.transactionUuid,
      kind: row.kind,
      reference_type: row.referenceType,
      reference_id: row.referenceId,
      description: row.description,
      amount: reais(row.amountMinor),
      balance_after: reais(row.balanceAfterMinor),
      created_at: row.createdAt.toISOString(),
    })),
    has_more: page.hasMore,
    next_cursor: page.nextCursor,
  };
}

export function toDepositCodeBody(code: DepositCode): z.input<typeof depositCodeSchema> {
  return {
    virtual_wallet_uuid: code.virtualWallet.virtualWalletUuid,
    pix_txid: code.virtualWallet.pixTxid,
    amount: code.amountMinor === null ? null : reais(code.amountMinor),
    minimum_deposit: reais(code.minimumDepositMinor),
    pix_payload: { copy_paste: code.copyPaste, qr_code_base64: code.qrBase64 },
  };
}

function configurationBody(c: HoldingConfiguration) {
  return { minimum_deposit: reais(c.minimumDepositMinor), leverage_ceiling: reais(c.leverageCeilingMinor), reserve_ratio_bps: c.reserveRatioBps };
}

export function toHoldingBody(view: HoldingOverview): z.input<typeof holdingSchema> {
  return {
    wallet_uuid: view.wallet.walletUuid,
    currency: view.wallet.currency,
    is_holding: view.isHolding,
    configuration: configurationBody(view.configuration),
    real_balance: reais(view.balances.available),
    virtual_balance_total: reais(view.balances.virtualTotal),
    reserve_ratio_held_bps: view.ratioBps,
    required_reserve: reais(view.requiredReserveMinor),
    payable: reais(view.payableMinor),
    transferable: reais(view.transferableMinor),
    leverage: reais(view.leverageMinor),
    virtual_wallets: view.virtualWallets,
  };
}

export function toHoldingHistoryBody(history: { wallet: { walletUuid: string; currency: string }; days: HoldingDay[] }): z.input<typeof holdingHistorySchema> {
  return {
    wallet_uuid: history.wallet.walletUuid,
    currency: history.wallet.currency,
    time_zone: HISTORY_TIME_ZONE,
    data: history.days.map((day) => ({
      date: day.date,
      real_balance: reais(day.available),
      virtual_balance_total: reais(day.virtualTotal),
      reserve_ratio_held_bps: day.ratioBps,
    })),
  };
}

export function toDepositBody(row: VirtualDepositRow & { reference: string }): z.input<typeof virtualDepositSchema> {
  return {
    deposit_uuid: row.depositUuid,
    wallet_uuid: row.walletUuid,
    virtual_wallet_uuid: row.virtualWalletUuid,
    reference: row.reference,
    status: row.status,
    reason: row.reason,
    amount: reais(row.amountMinor),
    currency: row.currency,
    pix_txid: row.pixTxid,
    end_to_end_id: row.endToEndId,
    payer_name: row.payerName,
    paid_at: row.paidAt.toISOString(),
    created: row.createdAt.toISOString(),
  };
}

export function toDepositListBody(query: { page: number; limit: number }, page: ListPage<VirtualDepositRow & { reference: string }>) {
  return a55ListBody(query, page, toDepositBody);
}
