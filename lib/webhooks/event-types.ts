import type { WalletStatus } from '@/db/schema';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@/db/schema';

export { WEBHOOK_EVENT_TYPES, type WebhookEventType };

/** What each event means, for the dashboard's subscription checkboxes and the API reference. */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'wallet.created': 'A wallet was created',
  'wallet.kyc_approved': 'A credit wallet passed KYC and is active',
  'wallet.kyc_rejected': 'A credit wallet was rejected in KYC',
  'wallet.deactivated': 'A wallet was deactivated',
  'wallet.reactivated': 'A wallet was reactivated',
  'wallet.limit_changed': 'A credit wallet limit changed',
};

/**
 * The provider-neutral facts of an event, stored with it in the outbox and rendered into each
 * endpoint's format when it fans out. Amounts are minor units as text: JSON would turn them into
 * floats on the way back.
 */
export interface WalletEventData {
  wallet_uuid: string;
  wallet_kind: 'payment' | 'credit';
  wallet_status: WalletStatus;
  currency: string;
  owner_person_key?: string | null;
  /** Why a KYC analysis rejected the wallet. */
  reason?: string | null;
  wallet_limit?: {
    wallet_limit_key: string;
    limit_type: string;
    limit_amount_minor: string;
    used_limit_minor: string;
  };
}

export interface WalletEvent {
  type: WebhookEventType;
  data: WalletEventData;
}
