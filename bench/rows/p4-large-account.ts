import { emptyRoute, EMPTY_ROUTE } from '../harness/baseline';
import type { RowContext } from '../harness/context';
import { interleaved } from '../harness/interleave';
import { answered } from '../harness/load';
import type { Observed } from '../harness/probe';
import { loadTable, ms, ratio, type Check, type RowReport } from '../harness/report';
import { SETTINGS } from '../harness/settings';
import { createPaymentWallet, createTenant } from '../harness/tenants';
import { seedCharges } from './p4-seed-charges';

const TARGET_GROWTH = 1.3;

const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} M` : `${n / 1000} k`);

interface Size {
  charges: number;
  seedSeconds: number;
  baseline: Observed;
  balance: Observed;
  list: Observed;
  plans: QueryPlan[];
}

interface QueryPlan {
  name: string;
  sql: string;
  executionMs: number;
  plan: string;
}

/**
 * P4: the reads an integrator polls, on an account with 10 k charges and then with 1 M (seeded
 * set-based, see p4-seed-charges.ts): the wallet's balance and the first page of the charge list.
 * Neither should grow with history; the ratio of the big size to the small one says whether it does.
 */
export async function largeAccountRow(ctx: RowContext): Promise<RowReport> {
  const tenant = await createTenant(ctx.db, ctx.url, 'large account');
  const wallet = await createPaymentWallet(tenant, 'Loja histórica — BRL');
  const owner = { entityUuid: tenant.entityUuid, ...wallet };
  const newest = new Date();
  const headers = { authorization: `Bearer ${tenant.token}` };
  const balancePath = `/api/v1/bank/wallet/${wallet.walletUuid}/balance/`;
  const listPath = '/api/v1/bank/wallet/charges/';

  const measure = async (charges: number, seedFrom: number): Promise<Size> => {
    const seeding = Date.now();
    await seedCharges(ctx.sql, owner, seedFrom, charges, newest);
    const seedSeconds = (Date.now() - seeding) / 1000;
    console.log(`  ${charges} charges in the account (seeded in ${seedSeconds.toFixed(0)} s)`);
    const read = (path: string) => ({ url: ctx.url, path, headers, connections: SETTINGS.readConnections });
    const { baseline, balance, list } = await interleaved(
      ctx,
      `P4 ${label(charges)}`,
      { baseline: emptyRoute(ctx, SETTINGS.readConnections), balance: read(balancePath), list: read(listPath) },
      SETTINGS.readSeconds,
    );
    return { charges, seedSeconds, baseline, balance, list, plans: await listPlans(ctx, tenant.entityUuid) };
  };

  const small = await measure(SETTINGS.smallCharges, 0);
  const large = await measure(SETTINGS.largeCharges, SETTINGS.smallCharges);

  const growth = (pick: (size: Size) => Observed): Check => {
    const mean = (size: Size) => pick(size).result.mean;
    const grown = mean(large) / mean(small);
    const normalized = mean(large) / large.baseline.result.mean / (mean(small) / small.baseline.result.mean);
    const ok = answered(pick(small).result, 200) === 1 && answered(pick(large).result, 200) === 1;
    return {
      measure: '',
      figure: `${ms(mean(small))} → ${ms(mean(large))} mean`,
      baseline: `${ms(small.baseline.result.mean)} → ${ms(large.baseline.result.mean)}`,
      ratio: `${ratio(normalized)} (raw ${ratio(grown)})`,
      target: `${label(large.charges)} ÷ ${label(small.charges)} ≤ ${TARGET_GROWTH}`,
      met: ok && normalized <= TARGET_GROWTH,
    };
  };

  return {
    id: 'P4',
    title: 'Reads on a large account: balance and the first charges page',
    checks: [
      { ...growth((size) => size.balance), measure: `balance GET, ${label(small.charges)} → ${label(large.charges)} charges` },
      { ...growth((size) => size.list), measure: `first charges page, ${label(small.charges)} → ${label(large.charges)} charges` },
    ],
    details: [
      `One account, one wallet: ${label(small.charges)} charges, then ${label(large.charges)} (the added ones older), seeded in ${small.seedSeconds.toFixed(0)} s and ${large.seedSeconds.toFixed(0)} s by INSERT…SELECT over generate_series in batches of 100 k, then \`VACUUM (ANALYZE)\` and a checkpoint. Reads at ${SETTINGS.readConnections} connections, ${SETTINGS.readSeconds} s each, in turns with their baseline. The ratio compares the two sizes' mean latencies, each first divided by its own size's baseline, so a change in the machine's load between the two sizes (minutes apart) cancels out; the raw ratio of the means is in parentheses.`,
      '',
      ...loadTable([
        ...[small, large].flatMap((size) => [
          { name: `${label(size.charges)}: ${EMPTY_ROUTE} (baseline)`, load: size.baseline },
          { name: `${label(size.charges)}: GET ${balancePath.replace(wallet.walletUuid, '{wallet_uuid}')}`, load: size.balance },
          { name: `${label(size.charges)}: GET ${listPath}`, load: size.list },
        ]),
      ]),
      '',
      'The list\'s two statements (what `listCharges` in lib/charges/queries.ts sends for the first page, written out), `EXPLAIN ANALYZE` after each load:',
      '',
      '| statement | ' + [small, large].map((size) => `${label(size.charges)}`).join(' | ') + ' |',
      '|---|---|---|',
      ...small.plans.map((plan, i) => `| \`${plan.sql}\` | ${[small, large].map((size) => `${ms(size.plans[i]!.executionMs)}: ${size.plans[i]!.plan}`).join(' | ')} |`),
    ],
  };
}

/** The first page's statements with their plans: the page itself, and the total the A55 envelope carries. */
async function listPlans(ctx: RowContext, entityUuid: string): Promise<QueryPlan[]> {
  const statements = [
    { name: 'page', sql: 'select * from charge where entity_uuid = $1 order by created_at desc, charge_uuid desc limit 21' },
    { name: 'total', sql: 'select count(*) from charge where entity_uuid = $1' },
  ];
  const plans: QueryPlan[] = [];
  for (const statement of statements) {
    const [row] = await ctx.sql.unsafe(`explain (analyze, buffers, format json) ${statement.sql}`, [entityUuid]);
    const [explained] = (row as Record<string, unknown>)['QUERY PLAN'] as { 'Execution Time': number; Plan: PlanNode }[];
    plans.push({ ...statement, executionMs: explained!['Execution Time'], plan: describePlan(explained!.Plan) });
  }
  return plans;
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  'Heap Fetches'?: number;
  Plans?: PlanNode[];
}

/** The plan's nodes, outermost first, with the index each scans and the rows it touched. */
function describePlan(node: PlanNode): string {
  const parts: string[] = [];
  for (let current: PlanNode | undefined = node; current; current = current.Plans?.[0]) {
    const index = current['Index Name'] ? ` on ${current['Index Name']}` : '';
    const heap = current['Heap Fetches'] !== undefined ? `, ${current['Heap Fetches']} heap fetches` : '';
    parts.push(`${current['Node Type']}${index} (${current['Actual Rows']} rows${heap})`);
  }
  const blocks = (node['Shared Hit Blocks'] ?? 0) + (node['Shared Read Blocks'] ?? 0);
  return `${parts.join(' ← ')}; ${blocks} buffers`;
}
