import { forEachConcurrently } from '../concurrency';
import { answerProblems } from '../contract';
import { documentOperations } from '../document-operations';
import type { Findings } from '../findings';
import { createFixtureTenant } from '../fixture-tenant';
import { createPlatformClient } from '../tenants';
import { MANAGEMENT_SCOPE } from '@/lib/management/scopes';
import type { Harness, ReliabilityCase } from '../harness';
import { call, describe } from '../http-client';
import { malformedRequests, seededRandom } from '../malformed-inputs';
import { noDeliveryPending } from '../outbox-delivery';
import { scaled } from '../settings';
import { changedTables, stateChecksum } from '../state-checksum';

/**
 * R5: thousands of malformed requests spread over every route of the OpenAPI document, against the
 * real servers (see malformed-inputs.ts for what "malformed" covers). Every answer is a 4xx — no
 * 5xx, and no success either, since nothing sent is valid — declared by its operation, in its
 * route's dialect, with a listed code; and nothing changed: the fixture tenant's rows after each
 * route's batch are what they were before it, and the whole database (but for idempotency and
 * rate-limit bookkeeping) after the case is what it was before. The management routes are called
 * with a platform operator's token (a tenant's is refused them before any input is read), naming
 * the fixture tenant's account.
 */
const SEED = 20261205;
const CONCURRENCY = 8;

export const malformedRequestsCase: ReliabilityCase = {
  id: 'R5',
  title: 'malformed requests over every route of the OpenAPI document',
  async run(harness: Harness, findings: Findings) {
    const servers = harness.servers.map((s) => s.url);
    const fixture = await createFixtureTenant(harness);
    const operations = documentOperations();
    const perOperation = scaled(60, 5);
    const random = seededRandom(SEED);
    const operatorToken = (await createPlatformClient(harness.db, servers)).token;
    const tokenFor = (operation: (typeof operations)[number]) =>
      typeof operation.auth === 'object' && operation.auth.scope === MANAGEMENT_SCOPE ? operatorToken : fixture.tenant.api.token;
    findings.check(await noDeliveryPending(harness.sql, 120_000), 'webhook deliveries still pending before the checksum', () => 'waited 120 s');

    const wholeBefore = await stateChecksum(harness.sql);
    const statuses = new Map<number, number>();
    const faults = new Map<string, number>();
    const withoutInputs: string[] = [];
    let requests = 0;
    let turn = 0;
    for (const operation of operations) {
      const token = tokenFor(operation);
      const batch = malformedRequests(operation, fixture, token, perOperation, random);
      if (!batch.length) {
        withoutInputs.push(operation.operationId);
        continue;
      }
      const before = await stateChecksum(harness.sql, fixture.tenant.entityUuid);
      await forEachConcurrently(batch, CONCURRENCY, async (request) => {
        const server = servers[turn++ % servers.length]!;
        const headers: Record<string, string> = { 'x-forwarded-for': `198.51.100.${Math.floor(random() * 250) + 1}` };
        if (request.authorization === undefined) headers.authorization = `Bearer ${token}`;
        else if (request.authorization !== null) headers.authorization = request.authorization;
        const outcome = await call(server, request.method, request.url, { raw: request.raw, contentType: request.contentType, idempotencyKey: request.idempotencyKey, headers });
        requests += 1;
        faults.set(request.fault, (faults.get(request.fault) ?? 0) + 1);
        const what = `${request.method} ${operation.path} with ${request.fault} (${request.detail})`;
        if (outcome.kind === 'none') {
          findings.fail('a request got no answer', `${what}: ${describe(outcome)}`);
          return;
        }
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        if (outcome.status >= 500) findings.fail('a 5xx', `${what}: ${describe(outcome)}`);
        else if (outcome.status < 400) findings.fail('a malformed request was not refused', `${what}: ${describe(outcome)}`);
        const problems = answerProblems(operation, outcome);
        if (problems.length) findings.fail(`a ${outcome.status} off its route’s contract (status, dialect or code)`, `${what}: ${problems.join('; ')}`);
      });
      const changed = changedTables(before, await stateChecksum(harness.sql, fixture.tenant.entityUuid));
      findings.check(!changed.length, 'malformed requests changed the tenant’s rows', () => `${operation.method.toUpperCase()} ${operation.path}: ${changed.join('; ')}`);
    }
    const wholeChanged = changedTables(wholeBefore, await stateChecksum(harness.sql));
    findings.check(!wholeChanged.length, 'malformed requests changed the database', () => wholeChanged.join('; '));

    findings.figure('requests', requests);
    findings.figure(`routes (all but ${withoutInputs.join(', ')}, which takes no input)`, operations.length - withoutInputs.length);
    findings.figure('by fault', [...faults].map(([fault, n]) => `${fault} ${n}`).join(' · '));
    findings.figure('by status', [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' '));
    findings.figure('tables unchanged', wholeBefore.size);
  },
};
