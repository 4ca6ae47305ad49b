import type { Operation } from '@/lib/api/operation';

/** The QI invoice routes (reference B.7), our list and bank-slip additions, and the sandbox's invoice simulations. */
export const invoiceOperations: readonly Operation[] = [];
