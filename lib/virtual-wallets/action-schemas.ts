import { z } from 'zod';
import { parseMinor } from '@/lib/money/decimal';
import {
  createVirtualWalletSchema,
  holdingConfigurationSchema,
  holdingParamsSchema,
  simulateDepositSchema,
  transferSchema,
  virtualWalletParamsSchema,
} from './schemas';

// What the holding view's and the virtual wallet page's forms send their server actions: the
// route's path parameters and body in one object, parsed by the routes' own schemas. Browser-safe.

export const virtualWalletActionSchema = virtualWalletParamsSchema;
export const createVirtualWalletActionSchema = holdingParamsSchema.extend(createVirtualWalletSchema.shape);
export const transferActionSchema = virtualWalletParamsSchema.extend(transferSchema.shape);
export const holdingConfigurationActionSchema = holdingParamsSchema.extend(holdingConfigurationSchema.shape);
/** Sandbox: a payer pays the wallet's BR Code this amount (the sandbox deposit route's `amount`). */
export const simulateDepositActionSchema = virtualWalletParamsSchema.extend({ amount: simulateDepositSchema.shape.amount });

export type CreateVirtualWalletActionInput = z.input<typeof createVirtualWalletActionSchema>;
export type VirtualWalletActionInput = z.input<typeof virtualWalletActionSchema>;
export type TransferActionInput = z.input<typeof transferActionSchema>;
export type HoldingConfigurationActionInput = z.input<typeof holdingConfigurationActionSchema>;
export type SimulateDepositActionInput = z.input<typeof simulateDepositActionSchema>;

/**
 * The settings form as a person fills it: the reserve ratio as a percentage with up to two
 * decimals ("12.5" is 1250 basis points, read exactly, never through a float), the amounts as
 * decimal text. `toHoldingConfigurationBody` turns it into the route's body.
 */
export const holdingConfigurationFormSchema = z.object({
  minimum_deposit: holdingConfigurationSchema.shape.minimum_deposit,
  leverage_ceiling: holdingConfigurationSchema.shape.leverage_ceiling,
  reserve_ratio: z.string().trim().refine((text) => percentBps(text) !== null, 'A percentage from 0 to 100, with up to two decimals'),
});
export type HoldingConfigurationFormValues = z.input<typeof holdingConfigurationFormSchema>;

/** "12.5" (canonical decimal text) → 1250; null for anything that is not a percentage from 0 to 100 with at most two decimals. */
export function percentBps(text: string): number | null {
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const bps = parseMinor(text, 2);
  return bps <= 10_000n ? Number(bps) : null;
}

/** 1250 → "12.5": a basis-point ratio as the form shows it (canonical text). */
export function bpsPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export function toHoldingConfigurationBody(walletUuid: string, values: { minimum_deposit: string; leverage_ceiling: string; reserve_ratio: string }): HoldingConfigurationActionInput {
  return {
    wallet_uuid: walletUuid,
    minimum_deposit: values.minimum_deposit,
    leverage_ceiling: values.leverage_ceiling,
    reserve_ratio_bps: percentBps(values.reserve_ratio) ?? Number.NaN,
  };
}
