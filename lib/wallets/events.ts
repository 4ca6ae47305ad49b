import { z } from 'zod';
import { WALLET_KINDS, WALLET_STATUSES } from '@/db/schema';
import { defineEvent } from '@/lib/webhooks/define-event';
import { platformEnvelope, qiEnvelope, type StoredEvent } from '@/lib/webhooks/payloads';

// The wallet events, and the wallet shapes the credit and KYC events reuse. A leaf module: the
// webhook catalogue and the dashboard import it, so it imports no service.

/** Seed 003's operation for everything that happens to a wallet. */
export const WALLET_OPERATION = 'WALLET';

/** The provider-neutral facts of a wallet event, stored with it in the outbox. */
export const walletEventDataSchema = z.object({
  wallet_uuid: z.string().min(1),
  wallet_kind: z.enum(WALLET_KINDS),
  wallet_status: z.enum(WALLET_STATUSES),
  currency: z.string().length(3),
  owner_person_key: z.string().nullable().optional(),
});
export type WalletEventData = z.output<typeof walletEventDataSchema>;

/**
 * The wallet in the platform envelope. It says `wallet_uuid` for credit wallets too (seed 003's
 * name: a credit wallet's `wallet_key` is its `wallet_uuid`), where only credit wallets carry
 * their owner; `extra` adds an event's own object (a limit) before `occurred_at`.
 */
export function walletPlatformData(event: StoredEvent<WalletEventData>, extra: Record<string, unknown> = {}) {
  const { data } = event;
  return {
    wallet_uuid: data.wallet_uuid,
    wallet_type: data.wallet_kind,
    wallet_status: data.wallet_status,
    currency: data.currency,
    ...(data.wallet_kind === 'credit' ? { owner_person_key: data.owner_person_key ?? null } : {}),
    ...extra,
    occurred_at: event.occurredAt.toISOString(),
  };
}

/**
 * QI's `baas.invoice.wallet` (reference B.8): `wallet_key`, `owner_person_key`, `wallet_status`,
 * byte for byte what a QI client parses for a KYC result. Our other wallet events use the same
 * type with the wallet's new status (`pending_analysis`, `deactivated` too): a strict QI client
 * subscribes only to the KYC events.
 */
export function walletQiData({ data }: StoredEvent<WalletEventData>) {
  return { wallet_key: data.wallet_uuid, owner_person_key: data.owner_person_key ?? null, wallet_status: data.wallet_status };
}

function walletEvent<const Type extends string>(type: Type, label: string, subOperation: string) {
  return defineEvent(
    { type, label, subject: 'wallet', data: walletEventDataSchema },
    {
      platform: platformEnvelope({ operation: WALLET_OPERATION, subOperation, data: walletPlatformData }),
      qi: qiEnvelope({ webhookType: 'baas.invoice.wallet', data: walletQiData }),
    },
  );
}

/** A payment wallet (active at once) or a credit wallet (pending KYC analysis) was created. */
export const walletCreated = walletEvent('wallet.created', 'A wallet was created', 'CREATED');
export const walletDeactivated = walletEvent('wallet.deactivated', 'A wallet was deactivated', 'DEACTIVATED');
export const walletReactivated = walletEvent('wallet.reactivated', 'A wallet was reactivated', 'REACTIVATED');

export const walletEvents = [walletCreated, walletDeactivated, walletReactivated] as const;
