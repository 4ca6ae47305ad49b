import { apiRoute } from '@/lib/api/route';
import { callerFromApi } from '@/lib/auth/caller';
import { createCreditWallet } from '@/lib/credit/create-wallet';
import { createCreditWalletSchema } from '@/lib/credit/schemas';
import { createdWalletBody } from '@/lib/credit/wire';

/** Seed 002: 202 while the owner waits for KYC, 201 when opened for an approved person_key. */
export const POST = apiRoute({
  dialect: 'qi',
  scope: 'credit:write',
  body: createCreditWalletSchema,
  handler: async ({ db, actor, body }) => {
    const created = await createCreditWallet(db, callerFromApi(actor), body);
    return { status: created.status === 'active' ? 201 : 202, body: createdWalletBody(created) };
  },
});
