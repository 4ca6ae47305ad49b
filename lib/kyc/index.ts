import type { Domain } from '@/lib/domain';
import { kycEvents } from './events';
import { kycOperations } from './operations';

/** KYC decisions; its one API operation is the sandbox simulation, under the credit scopes. */
export const kycDomain: Domain = { name: 'kyc', operations: kycOperations, scopes: {}, queues: [], events: kycEvents };
