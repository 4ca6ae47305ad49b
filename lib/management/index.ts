import type { Domain } from '@/lib/domain';
import { managementOperations } from './operations';
import { MANAGEMENT_SCOPES } from './scopes';

/** Account management for the platform's operators and integrations, and the operations catalogue (seed 003). */
export const managementDomain: Domain = {
  name: 'management',
  operations: managementOperations,
  scopes: MANAGEMENT_SCOPES,
  queues: [],
  events: [],
};
