import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { merchant, wallet } from '@/db/schema';
import { WALLET_CLIENT_SCOPES } from '@/lib/api/scopes';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { createApiClient } from '@/lib/credentials/create';
import { createMerchant } from '@/lib/merchants/create';
import { walletErrors } from './errors';
import type { WalletCurrency } from '@/lib/money/currency';
import { isUniqueViolation } from '@/db/unique-violation';
import { recordEvent } from '@/lib/webhooks/outbox';
import { walletCreated } from './events';
import { claimWalletSlot } from './pool';

const ONE_PER_MERCHANT_AND_CURRENCY = 'wallet_payment_merchant_currency_unique';

/** What a new payment wallet is, in the service's own terms; each door translates its wire shape. */
export interface NewPaymentWallet {
  /** The account the caller names; it must be the caller's own. */
  entityUuid: string;
  customerId: string;
  currency: WalletCurrency;
  name: string;
  email: string;
  createCredentials: boolean;
  /** An existing merchant of the account; null creates one named after the wallet. */
  merchantUuid: string | null;
}

/**
 * Creates a payment wallet (seed 001) for one of the caller's merchants, or for a merchant created
 * on the spot when `merchant_uuid` is omitted, and with `create_credentials` an API client confined
 * to the wallet. All of it commits together or not at all. The partial unique index decides races:
 * of N parallel creates for one merchant and currency exactly one commits; the rest hit the index
 * and leave as 409 `errors.wallet.already_exists`. The account must have contracted payment wallets
 * (403 `product_not_contracted`) with room under its quota (422 `product_quota_exceeded`).
 */
export async function createPaymentWallet(db: DbOrTx, caller: Caller, input: NewPaymentWallet) {
  if (caller.walletUuid) throw walletErrors.accountLevelOnly();
  // Another account's entity gets the same answer whether it exists or not: it is never looked up.
  if (input.entityUuid.toLowerCase() !== caller.entityUuid.toLowerCase()) throw walletErrors.entityNotFound();

  try {
    return await db.transaction(async (tx) => {
      await claimWalletSlot(tx, caller.entityUuid, 'payment');
      const merchantUuid = input.merchantUuid
        ? await ownMerchantUuid(tx, caller, input.merchantUuid)
        : (await createMerchant(tx, caller, { name: input.name })).merchantUuid;

      const [created] = await tx
        .insert(wallet)
        .values({
          entityUuid: caller.entityUuid,
          merchantUuid,
          kind: 'payment',
          currency: input.currency,
          status: 'active',
          customerId: input.customerId,
          name: input.name,
          email: input.email,
        })
        .returning();
      await recordAudit(tx, caller, {
        action: 'wallet.created',
        subjectType: 'wallet',
        subjectId: created!.walletUuid,
        data: { kind: 'payment', merchant_uuid: merchantUuid, currency: input.currency, create_credentials: input.createCredentials },
      });
      await recordEvent(tx, caller.entityUuid, walletCreated, {
        subject: { type: 'wallet', id: created!.walletUuid },
        data: { wallet_uuid: created!.walletUuid, wallet_kind: 'payment', wallet_status: created!.status, currency: created!.currency },
      });

      const credentials = input.createCredentials
        ? await createApiClient(tx, caller, {
            entityUuid: caller.entityUuid,
            name: `Wallet ${created!.name} (${created!.currency})`,
            scopes: WALLET_CLIENT_SCOPES,
            walletUuid: created!.walletUuid,
          })
        : null;

      return {
        wallet: created!,
        credentials: credentials && { clientId: credentials.client.clientId, clientSecret: credentials.clientSecret, scopes: WALLET_CLIENT_SCOPES },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, ONE_PER_MERCHANT_AND_CURRENCY)) throw walletErrors.alreadyExists();
    throw error;
  }
}

async function ownMerchantUuid(db: DbOrTx, caller: Caller, merchantUuid: string): Promise<string> {
  const [found] = await db
    .select({ merchantUuid: merchant.merchantUuid })
    .from(merchant)
    .where(and(ownedBy(merchant, caller), eq(merchant.merchantUuid, merchantUuid)));
  if (!found) throw walletErrors.merchantNotFound();
  return found.merchantUuid;
}
