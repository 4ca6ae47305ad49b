import type { Domain } from '@/lib/domain';
import { creditEvents } from './events';
import { creditOperations } from './operations';
import { CREDIT_SCOPES } from './scopes';

export const creditDomain: Domain = { name: 'credit', operations: creditOperations, scopes: CREDIT_SCOPES, queues: [], events: creditEvents };
