import type { Operation } from '@/lib/api/operation';

/** Reference A.7's payout routes and the sandbox's rail simulation. */
export const payoutOperations: readonly Operation[] = [];
