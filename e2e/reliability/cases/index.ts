import type { ReliabilityCase } from '../harness';
import { concurrentMoney } from './r1-concurrent-money';
import { crashRestart } from './r2-crash-restart';
import { databaseOutage } from './r3-database-outage';
import { idempotentReplays } from './r4-idempotent-replays';
import { malformedRequestsCase } from './r5-malformed-requests';
import { tenantIsolation } from './r6-tenant-isolation';
import { webhookRecovery } from './r7-webhook-recovery';

/** Every case, R1 to R7; run.ts decides the order they run in. */
export const CASES: readonly ReliabilityCase[] = [concurrentMoney, crashRestart, databaseOutage, idempotentReplays, malformedRequestsCase, tenantIsolation, webhookRecovery];
