import type { z } from 'zod';
import { cancelChargeSchema, captureChargeSchema, chargeWalletParamsSchema, refundChargeSchema } from './schemas';

// What the charge page's buttons send their server actions: the A55 route's path parameters and
// body in one object, parsed by the route's own schemas. Browser-safe.

/** Capture: the A55 capture body as it is (`amount` omitted: all that was authorized). */
export const captureChargeActionSchema = captureChargeSchema;
export const refundChargeActionSchema = chargeWalletParamsSchema.extend(refundChargeSchema.shape);
export const cancelChargeActionSchema = chargeWalletParamsSchema.extend(cancelChargeSchema.shape);

export type CaptureChargeActionInput = z.input<typeof captureChargeActionSchema>;
export type RefundChargeActionInput = z.input<typeof refundChargeActionSchema>;
export type CancelChargeActionInput = z.input<typeof cancelChargeActionSchema>;
