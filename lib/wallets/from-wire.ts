import type { NewPaymentWallet } from './create';
import type { CreateWalletInput } from './schemas';

/** Seed 001's create body (as both doors parse it) in the service's terms. */
export function toNewPaymentWallet(body: CreateWalletInput): NewPaymentWallet {
  return {
    entityUuid: body.entity_uuid,
    customerId: body.customer_id,
    currency: body.currency,
    name: body.name,
    email: body.email,
    createCredentials: body.create_credentials,
    merchantUuid: body.merchant_uuid ?? null,
  };
}
