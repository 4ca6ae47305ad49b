import { z } from 'zod';
import { currencyDigits } from '@/lib/money/currency';
import { jsonDecimal } from '@/lib/money/decimal';
import { defineEvent } from '@/lib/webhooks/define-event';
import { platformEnvelope, qiEnvelope, type StoredEvent } from '@/lib/webhooks/payloads';
import { WALLET_OPERATION, walletEventDataSchema, walletPlatformData } from '@/lib/wallets/events';

// A credit wallet's creation is `wallet.created` (lib/wallets/events.ts): one event type per
// fact, whatever the kind of wallet, so an endpoint subscribes to it once.

const minorUnits = z.string().regex(/^\d+$/, 'minor units as digits');

const limitChangedData = walletEventDataSchema.extend({
  // Minor units as text: the stored JSON would turn a bigint into a float on the way back.
  wallet_limit: z.object({
    wallet_limit_key: z.string().min(1),
    limit_type: z.string().min(1),
    limit_amount_minor: minorUnits,
    used_limit_minor: minorUnits,
  }),
});
type LimitChangedData = z.output<typeof limitChangedData>;

/** The limit with its amounts as exact decimals in the wallet's currency. */
function limitBody({ data }: StoredEvent<LimitChangedData>) {
  const digits = currencyDigits(data.currency);
  return {
    wallet_limit_key: data.wallet_limit.wallet_limit_key,
    limit_type: data.wallet_limit.limit_type,
    limit_amount: jsonDecimal(BigInt(data.wallet_limit.limit_amount_minor), digits),
    used_limit: jsonDecimal(BigInt(data.wallet_limit.used_limit_minor), digits),
  };
}

export const walletLimitChanged = defineEvent(
  {
    type: 'wallet.limit_changed',
    label: 'A credit wallet limit changed',
    subject: 'wallet',
    data: limitChangedData,
  },
  {
    platform: platformEnvelope({
      operation: WALLET_OPERATION,
      subOperation: 'LIMIT_CHANGED',
      data: (event) => walletPlatformData(event, { wallet_limit: limitBody(event) }),
    }),
    // `baas.invoice.wallet_limit` is a type of ours, in QI's envelope and naming (`wallet_key`).
    qi: qiEnvelope({ webhookType: 'baas.invoice.wallet_limit', data: (event) => ({ wallet_key: event.data.wallet_uuid, ...limitBody(event) }) }),
  },
);

export const creditEvents = [walletLimitChanged] as const;
