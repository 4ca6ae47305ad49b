import { z } from 'zod';
import { VIRTUAL_DEPOSIT_STATUSES, VIRTUAL_TRANSFER_DIRECTIONS, VIRTUAL_WALLET_STATUSES } from '@/db/schema/virtual-wallets';
import { statementCursorSchema } from '@/lib/ledger/cursor';
import { amountMinor } from '@/lib/money/schemas';
import { cursorParamSchema } from '@/lib/pagination/keyset';

// The requests of the virtual wallet routes (our addition, in the A55 style). Ids are GUIDs, so a
// malformed one is a 400 naming the parameter; a well-formed one that is not the caller's is a 404.
// Amounts are exact decimals in reais (virtual wallets live under BRL holdings).

/** The holding history's longest window, in days. */
export const MAX_HISTORY_DAYS = 366;

const uuid = (what: string) => z.guid(`${what} must be a UUID`);
const reais = (options: { positive?: boolean } = {}) => amountMinor(2, options);

export const holdingParamsSchema = z.object({ wallet_uuid: uuid('wallet_uuid') });
export const virtualWalletParamsSchema = z.object({ wallet_uuid: uuid('wallet_uuid'), virtual_wallet_uuid: uuid('virtual_wallet_uuid') });
export const sandboxDepositParamsSchema = z.object({ virtual_wallet_uuid: uuid('virtual_wallet_uuid') });

export const createVirtualWalletSchema = z
  .object({
    reference: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .meta({ description: "The merchant's own id for the end customer; unique per holding wallet", example: 'cliente-00042' }),
    name: z.string().trim().min(1).max(140).meta({ description: "The end customer's name, as the dashboard shows it", example: 'Maria da Silva' }),
  })
  .meta({ id: 'CreateVirtualWalletRequest' });
export type CreateVirtualWalletBody = z.output<typeof createVirtualWalletSchema>;

export const virtualWalletListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: cursorParamSchema.optional(),
  status: z.enum(VIRTUAL_WALLET_STATUSES).optional(),
  search: z.string().trim().min(1).max(100).optional().meta({ description: 'Part of the name or the reference, any case' }),
});

export const transferSchema = z
  .object({
    amount: reais({ positive: true }),
    direction: z
      .enum(VIRTUAL_TRANSFER_DIRECTIONS, { error: `One of ${VIRTUAL_TRANSFER_DIRECTIONS.join(', ')}` })
      .default('to_virtual')
      .meta({ description: '`to_virtual` (the default): from the holding into the virtual wallet; `to_holding`: back out of it' }),
    description: z.string().trim().min(1).max(140).optional(),
  })
  .meta({ id: 'VirtualWalletTransferRequest' });

export const virtualStatementQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  starting_after: statementCursorSchema.optional(),
});

export const depositCodeQuerySchema = z.object({
  amount: reais({ positive: true }).optional().meta({ description: 'An amount to fix in the code (paid once); omitted, a reusable code the payer fills in' }),
});

export const holdingConfigurationSchema = z
  .object({
    minimum_deposit: reais({ positive: true }).meta({ description: 'A smaller deposit is refused and recorded (default 1.00)', example: 1.0 }),
    leverage_ceiling: reais().meta({
      description: "How far transfers may take the sum of virtual balances past the holding's available balance (default 0: only its own funds)",
      example: 0,
    }),
    reserve_ratio_bps: z
      .number({ error: 'An integer number of basis points' })
      .int()
      .min(0)
      .max(10_000)
      .meta({ description: 'The share of the sum of virtual balances a payout must leave in `available`, in basis points (10000 = 100 %, the default)', example: 10000 }),
  })
  .meta({ id: 'HoldingConfigurationRequest' });

export const holdingHistoryQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(MAX_HISTORY_DAYS).default(30).meta({ description: `How many days back, today included (at most ${MAX_HISTORY_DAYS})` }),
});

export const depositListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: cursorParamSchema.optional(),
  status: z.enum(VIRTUAL_DEPOSIT_STATUSES).optional(),
  virtual_wallet_uuid: uuid('virtual_wallet_uuid').optional(),
});

export const simulateDepositSchema = z
  .object({
    amount: reais({ positive: true }),
    payer_name: z.string().trim().min(1).max(140).optional(),
    end_to_end_id: z
      .string()
      .regex(/^[A-Za-z0-9]{1,35}$/, '1 to 35 letters or digits')
      .optional()
      .meta({ description: "The payment's Pix end-to-end id; a fresh one when omitted (the same one again replays the deposit)" }),
  })
  .meta({ id: 'SimulateVirtualDepositRequest' });
