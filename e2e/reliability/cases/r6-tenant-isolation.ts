import { grantableScopes, type Scope } from '@/lib/api/scopes';
import { MANAGEMENT_SCOPE } from '@/lib/management/scopes';
import type { Operation } from '@/lib/api/operation';
import { answerProblems } from '../contract';
import { documentOperations } from '../document-operations';
import type { Findings } from '../findings';
import { createFixtureTenant, type FixtureTenant } from '../fixture-tenant';
import type { Harness, ReliabilityCase } from '../harness';
import { describe, type ApiClient } from '../http-client';
import { noDeliveryPending } from '../outbox-delivery';
import { changedTables, stateChecksum } from '../state-checksum';

/**
 * R6: one tenant (the attacker, holding every scope) calls every route of the document that names
 * something with the other tenant's ids — in the path (all of them, and each one alone among its
 * own), in the body (the wallet a charge or link goes to, the charge to capture, the account or
 * merchant of a new wallet) and in the query (lookups, and list filters). Each answers 404 in the
 * route's dialect, as for an id that does not exist; a list filtered by a foreign id answers an
 * empty page. Then every route that needs a scope, called by a client holding every scope but that
 * one (a tenant's every scope: never the platform's management scope), answers 403 naming it. Neither tenant's rows change.
 */
type Expect = 'not found' | 'empty list';

interface Probe {
  operation: Operation;
  url: string;
  body?: unknown;
  expect: Expect;
  detail: string;
}

export const tenantIsolation: ReliabilityCase = {
  id: 'R6',
  title: "another tenant's ids answer 404, a missing scope 403",
  async run(harness: Harness, findings: Findings) {
    const victim = await createFixtureTenant(harness);
    const attacker = await createFixtureTenant(harness);
    const operations = documentOperations().filter((o) => o.auth !== 'none');
    // The management routes reach every account by design; a tenant can never hold their scope, so
    // they are probed only for the 403 below, not for ids.
    const tenantOperations = operations.filter((o) => typeof o.auth !== 'object' || o.auth.scope !== MANAGEMENT_SCOPE);
    // A client per scope holding every other one, made before the checksums (a client is a row too).
    const lacking = new Map<Scope, ApiClient>();
    for (const operation of operations) {
      if (typeof operation.auth === 'object' && !lacking.has(operation.auth.scope)) {
        lacking.set(operation.auth.scope, await attacker.tenant.clientWith(grantableScopes('merchant').filter((s) => s !== (operation.auth as { scope: Scope }).scope)));
      }
    }
    findings.check(await noDeliveryPending(harness.sql, 120_000), 'webhook deliveries still pending before the checksum', () => 'waited 120 s');
    const before = await Promise.all([stateChecksum(harness.sql, victim.tenant.entityUuid), stateChecksum(harness.sql, attacker.tenant.entityUuid)]);

    // Control: each read, with the attacker's own ids, finds what it names; so a 404 below is the foreign id's doing.
    for (const operation of tenantOperations.filter((o) => o.method === 'get' && o.path.includes('{'))) {
      const outcome = await attacker.tenant.api.get(urlOf(operation, attacker.paramsFor(operation)));
      findings.check(outcome.kind === 'answer' && outcome.status === 200, 'a read of its own ids did not answer 200 (the probe is wrong)', () => `${operation.path}: ${describe(outcome)}`);
    }

    let foreign = 0;
    const routesWithIds = new Set<string>();
    for (const probe of tenantOperations.flatMap((operation) => foreignIdProbes(operation, victim, attacker))) {
      foreign += 1;
      routesWithIds.add(probe.operation.operationId);
      const outcome = await attacker.tenant.api.send(probe.operation.method, probe.url, { json: probe.body });
      const what = `${probe.operation.method.toUpperCase()} ${probe.operation.path} with ${probe.detail}`;
      if (outcome.kind === 'none') {
        findings.fail('a request got no answer', `${what}: ${describe(outcome)}`);
        continue;
      }
      const ok = probe.expect === 'not found' ? outcome.status === 404 : outcome.status === 404 || (outcome.status === 200 && Array.isArray(outcome.body?.data) && outcome.body.data.length === 0);
      findings.check(ok, probe.expect === 'not found' ? `another tenant's id answered ${outcome.status}, not 404` : 'a list filtered by another tenant’s id showed something', () => `${what}: ${describe(outcome)}`);
      const problems = answerProblems(probe.operation, outcome);
      if (problems.length) findings.fail('an answer off its route’s contract', `${what}: ${problems.join('; ')}`);
    }

    let scoped = 0;
    for (const operation of operations) {
      if (typeof operation.auth !== 'object') continue;
      const scope = operation.auth.scope;
      scoped += 1;
      const outcome = await lacking.get(scope)!.send(operation.method, urlOf(operation, attacker.paramsFor(operation)), { json: attacker.bodyFor(operation) });
      const what = `${operation.method.toUpperCase()} ${operation.path} without ${scope}`;
      if (outcome.kind === 'none') {
        findings.fail('a request got no answer', `${what}: ${describe(outcome)}`);
        continue;
      }
      findings.check(outcome.status === 403 && outcome.text.includes(scope), 'a missing scope was not a 403 naming it', () => `${what}: ${describe(outcome)}`);
      const problems = answerProblems(operation, outcome);
      if (problems.length) findings.fail('an answer off its route’s contract', `${what}: ${problems.join('; ')}`);
    }

    const after = await Promise.all([stateChecksum(harness.sql, victim.tenant.entityUuid), stateChecksum(harness.sql, attacker.tenant.entityUuid)]);
    for (const [i, who] of ['the victim', 'the attacker'].entries()) {
      const changed = changedTables(before[i]!, after[i]!);
      findings.check(!changed.length, `${who}'s rows changed`, () => changed.join('; '));
    }

    findings.figure('routes with ids probed', routesWithIds.size);
    findings.figure('foreign-id requests', foreign);
    findings.figure('routes with a scope refused without it', scoped);
  },
};

function urlOf(operation: Operation, params: Record<string, string>, query = ''): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]!)) + query;
}

/** The attacker's requests naming the victim's objects for one operation. */
function foreignIdProbes(operation: Operation, victim: FixtureTenant, attacker: FixtureTenant): Probe[] {
  const own = attacker.paramsFor(operation);
  const theirs = victim.paramsFor(operation);
  const body = attacker.bodyFor(operation);
  const names = Object.keys(own);
  const probes: Probe[] = [];
  if (names.length) {
    probes.push({ operation, url: urlOf(operation, theirs), body, expect: 'not found', detail: `the victim's ${names.join(', ')}` });
    if (names.length > 1) {
      for (const name of names) probes.push({ operation, url: urlOf(operation, { ...own, [name]: theirs[name]! }), body, expect: 'not found', detail: `the victim's ${name} among its own` });
    }
  }
  const v = victim.ids;
  const a = attacker.ids;
  const withBody = (changes: Record<string, string>, detail: string): Probe => ({ operation, url: urlOf(operation, own), body: { ...(body as object), ...changes }, expect: 'not found', detail });
  const withQuery = (query: Record<string, string>, expect: Expect, detail: string): Probe => ({ operation, url: urlOf(operation, own, `?${new URLSearchParams(query)}`), expect, detail });
  switch (operation.operationId) {
    case 'createWallet':
      probes.push(withBody({ entity_uuid: v.entity! }, "the victim's entity_uuid"), withBody({ merchant_uuid: v.merchant! }, "the victim's merchant_uuid"));
      break;
    case 'createCharge':
    case 'createPixCharge':
    case 'createPaymentLink':
      probes.push(withBody({ wallet_uuid: v.wallet!, merchant_id: v.merchant! }, "the victim's wallet_uuid and merchant_id"));
      break;
    case 'captureCharge':
      probes.push(withBody({ charge_uuid: v.preAuthorizedCharge!, wallet_uuid: v.wallet! }, "the victim's charge_uuid and wallet_uuid"));
      probes.push(withBody({ charge_uuid: v.preAuthorizedCharge!, wallet_uuid: a.wallet! }, "the victim's charge_uuid with its own wallet_uuid"));
      break;
    case 'lookupWallet':
      probes.push(withQuery({ wallet_uuid: v.wallet! }, 'not found', "?wallet_uuid= the victim's"));
      break;
    case 'lookupCharge':
      probes.push(withQuery({ charge_uuid: v.paidCharge!, wallet_uuid: v.wallet! }, 'not found', "?charge_uuid&wallet_uuid= the victim's"));
      probes.push(withQuery({ charge_uuid: v.paidCharge!, wallet_uuid: a.wallet! }, 'not found', "?charge_uuid= the victim's, wallet_uuid= its own"));
      break;
    case 'listCharges':
      probes.push(withQuery({ wallet_uuid: v.wallet! }, 'empty list', "?wallet_uuid= the victim's"), withQuery({ payment_link_uuid: v.link! }, 'empty list', "?payment_link_uuid= the victim's"));
      probes.push(withQuery({ merchant_uuid: v.merchant! }, 'empty list', "?merchant_uuid= the victim's"));
      break;
    case 'listWallets':
      probes.push(withQuery({ merchant_uuid: v.merchant! }, 'empty list', "?merchant_uuid= the victim's"));
      break;
    case 'listPaymentLinks':
      probes.push(withQuery({ wallet_uuid: v.wallet! }, 'empty list', "?wallet_uuid= the victim's"));
      break;
    case 'listWebhookDeliveries':
      probes.push(withQuery({ endpoint_uuid: v.endpoint! }, 'empty list', "?endpoint_uuid= the victim's"));
      break;
  }
  return probes;
}
