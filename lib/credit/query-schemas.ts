import { z } from 'zod';
import { WALLET_STATUSES } from '@/db/schema/wallets';
import { cursorParamSchema } from '@/lib/pagination/keyset';

/** The path and query shapes of the QI credit-wallet routes (seed 004, reference B.3 and B.4). */

/** Path keys are plain text: a malformed key names no wallet, so it is a 404 like an unknown one. */
export const walletKeyParamsSchema = z.object({ wallet_key: z.string() });
export const walletLimitParamsSchema = z.object({ wallet_key: z.string(), wallet_limit_key: z.string() });

export const MAX_PAGE_SIZE = 100;

export const listCreditWalletsQuerySchema = z.object({
  owner_document_number: z.string().min(11, 'Expected 11 to 14 characters').max(14, 'Expected 11 to 14 characters').optional(),
  wallet_status: z.enum(WALLET_STATUSES).optional(),
  page: z.coerce.number<string>().int().min(1).default(1),
  page_size: z.coerce.number<string>().int().min(1).max(MAX_PAGE_SIZE).default(20),
  starting_after: cursorParamSchema.optional(),
});
export type ListCreditWalletsQuery = z.output<typeof listCreditWalletsQuerySchema>;
