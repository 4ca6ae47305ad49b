import type { WebhookFormat } from '@/db/schema';
import { currencyDigits } from '@/lib/money/currency';
import { jsonDecimal } from '@/lib/money/decimal';
import { stringifyJson } from '@/lib/http/json';
import type { WalletEventData, WebhookEventType } from './event-types';

export interface StoredEvent {
  eventUuid: string;
  type: WebhookEventType;
  data: WalletEventData;
  occurredAt: Date;
}

/**
 * The exact bytes an endpoint receives for an event, in the format it chose:
 *
 * - `qi`: QI's `{webhook_type, webhook_datetime, data}`. KYC results are `baas.invoice.wallet`
 *   with `wallet_key`, `owner_person_key`, `wallet_status` (reference B.8), byte for byte what a QI
 *   client parses. Our other wallet events use the same type with the wallet's new status
 *   (`pending_analysis`, `deactivated` too); limit changes use `baas.invoice.wallet_limit`, a type
 *   of ours. A strict QI client subscribes only to the KYC events.
 * - `platform`: seed 003's envelope `{operation, sub_operation, operation_id, status, reason,
 *   data}`; `operation_id` is the event id receivers deduplicate on, and a KYC rejection is the one
 *   FAILED operation, with its reason.
 */
export function renderWebhookBody(event: StoredEvent, format: WebhookFormat): string {
  return stringifyJson(format === 'qi' ? qiEnvelope(event) : platformEnvelope(event));
}

function qiEnvelope(event: StoredEvent) {
  const { data } = event;
  const webhook_datetime = event.occurredAt.toISOString();
  if (event.type === 'wallet.limit_changed' && data.wallet_limit) {
    return {
      webhook_type: 'baas.invoice.wallet_limit',
      webhook_datetime,
      data: { wallet_key: data.wallet_uuid, ...limitBody(data) },
    };
  }
  return {
    webhook_type: 'baas.invoice.wallet',
    webhook_datetime,
    data: { wallet_key: data.wallet_uuid, owner_person_key: data.owner_person_key ?? null, wallet_status: data.wallet_status },
  };
}

function platformEnvelope(event: StoredEvent) {
  const { data } = event;
  const rejected = event.type === 'wallet.kyc_rejected';
  return {
    operation: 'WALLET',
    sub_operation: event.type.slice('wallet.'.length).toUpperCase(),
    operation_id: event.eventUuid,
    status: rejected ? 'FAILED' : 'SUCCESS',
    reason: rejected ? (data.reason ?? null) : null,
    data: {
      wallet_uuid: data.wallet_uuid,
      wallet_type: data.wallet_kind,
      wallet_status: data.wallet_status,
      currency: data.currency,
      ...(data.wallet_kind === 'credit' ? { owner_person_key: data.owner_person_key ?? null } : {}),
      ...(data.wallet_limit ? { wallet_limit: limitBody(data) } : {}),
      occurred_at: event.occurredAt.toISOString(),
    },
  };
}

function limitBody(data: WalletEventData) {
  const limit = data.wallet_limit!;
  const digits = currencyDigits(data.currency);
  return {
    wallet_limit_key: limit.wallet_limit_key,
    limit_type: limit.limit_type,
    limit_amount: jsonDecimal(BigInt(limit.limit_amount_minor), digits),
    used_limit: jsonDecimal(BigInt(limit.used_limit_minor), digits),
  };
}
