import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type postgres from 'postgres';
import type { RowContext } from './context';
import { load, mergeLoads, type LoadResult, type LoadSpec } from './load';
import { SETTINGS } from './settings';

/**
 * Where a load's time went, sampled while it runs: CPU cores used by the server's process group,
 * by the run database's PostgreSQL backends and by this process (the load generator), and what
 * the database's busy backends were doing (pg_stat_activity every 50 ms: running, waiting for a
 * row lock, idle in a transaction while Node works, …). Linux /proc; elsewhere the CPU figures are 0.
 */
export interface Probe {
  seconds: number;
  serverCores: number;
  postgresCores: number;
  benchCores: number;
  /** Busy backends, averaged over the samples, by what they were doing. */
  backends: Record<string, number>;
}

const TICKS_PER_SECOND = 100;
const SAMPLE_EVERY_MS = 50;
/** The sampler's own connection, left out of what it samples. */
export const PROBE_APPLICATION = 'wallet-bench';

export async function probe<T>(sql: postgres.Sql, serverGroup: number, work: () => Promise<T>): Promise<{ value: T; probe: Probe }> {
  const database = (await sql<{ name: string }[]>`select current_database() as name`)[0]!.name;
  const backendPids = async () =>
    (await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database} and application_name <> ${PROBE_APPLICATION}`).map((row) => row.pid);
  const backendsBefore = new Map((await backendPids()).map((pid) => [pid, processTicks(pid)]));
  const before = { server: groupTicks(serverGroup), bench: process.cpuUsage(), at: performance.now() };

  const states: Record<string, number> = {};
  let samples = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const rows = await sql<{ what: string; count: number }[]>`
        select case
                 when state = 'idle in transaction' then 'idle in transaction (waiting for Node)'
                 when wait_event = 'ClientRead' then 'active, waiting for Node (ClientRead)'
                 when wait_event_type is null then 'running'
                 else wait_event_type || ':' || wait_event
               end as what,
               count(*)::int as count
          from pg_stat_activity
         where datname = ${database} and application_name <> ${PROBE_APPLICATION} and backend_type = 'client backend' and state <> 'idle'
         group by 1`;
      for (const row of rows) states[row.what] = (states[row.what] ?? 0) + row.count;
      samples++;
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();

  const value = await work();
  sampling = false;
  await sampler;
  const seconds = (performance.now() - before.at) / 1000;
  // A backend opened mid-run counts from its start; one closed mid-run is lost (the pools keep theirs for the run).
  let postgresTicks = 0;
  for (const pid of await backendPids()) postgresTicks += Math.max(0, processTicks(pid) - (backendsBefore.get(pid) ?? 0));
  const bench = process.cpuUsage(before.bench);
  return {
    value,
    probe: {
      seconds,
      serverCores: (groupTicks(serverGroup) - before.server) / TICKS_PER_SECOND / seconds,
      postgresCores: postgresTicks / TICKS_PER_SECOND / seconds,
      benchCores: (bench.user + bench.system) / 1e6 / seconds,
      backends: Object.fromEntries(Object.entries(states).map(([what, count]) => [what, count / Math.max(1, samples)])),
    },
  };
}

/** One line for a report: the cores each side used (and per answer, at `rps`) and what the busy backends were doing. */
export function describeProbe(probe: Probe, rps: number): string {
  const backends = Object.entries(probe.backends)
    .sort((a, b) => b[1] - a[1])
    .filter(([, average]) => average >= 0.05)
    .map(([what, average]) => `${average.toFixed(1)} ${what}`)
    .join(', ');
  const perAnswer = (cores: number) => `${((cores * 1000) / Math.max(rps, 1e-9)).toFixed(2)} ms`;
  return (
    `CPU: server ${probe.serverCores.toFixed(2)} cores (${perAnswer(probe.serverCores)} per answer), PostgreSQL ${probe.postgresCores.toFixed(2)} (${perAnswer(probe.postgresCores)}), ` +
    `load generator ${probe.benchCores.toFixed(2)}; busy backends on average: ${backends || 'none'}`
  );
}

/** utime + stime of a process, in clock ticks (0 when it is gone or there is no /proc). */
function processTicks(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** The ticks of every process in a process group (the server and tsx's launcher). */
function groupTicks(group: number): number {
  let total = 0;
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group) total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

/** A measured load: autocannon's figures and what the probe saw while it ran. */
export interface Observed {
  result: LoadResult;
  probe: Probe;
}

/** A load with its probe; `label` names its window for bench/profile.ts (rounds of one measurement share it). */
export async function observedLoad(ctx: RowContext, spec: LoadSpec, label = `${spec.method ?? 'GET'} ${spec.path}`): Promise<Observed> {
  const started = process.hrtime.bigint();
  const { value, probe: seen } = await probe(ctx.sql, ctx.serverGroup, () => load(spec));
  if (SETTINGS.cpuProfileDir) {
    // The window on the monotonic clock V8's profiles use too, so bench/profile.ts can cut the server's profile to this load.
    const window = { name: label, startUs: Number(started / 1000n), endUs: Number(process.hrtime.bigint() / 1000n) };
    appendFileSync(join(SETTINGS.cpuProfileDir, 'windows.jsonl'), `${JSON.stringify(window)}\n`);
  }
  return { result: value, probe: seen };
}

/** Rounds of one measurement as one: loads merged, probe figures weighted by each round's length. */
export function mergeObserved(rounds: Observed[]): Observed {
  const seconds = rounds.reduce((sum, round) => sum + round.probe.seconds, 0);
  const weighted = (pick: (probe: Probe) => number) => rounds.reduce((sum, round) => sum + pick(round.probe) * round.probe.seconds, 0) / seconds;
  const backends: Record<string, number> = {};
  for (const round of rounds) {
    for (const [what, average] of Object.entries(round.probe.backends)) backends[what] = (backends[what] ?? 0) + (average * round.probe.seconds) / seconds;
  }
  return {
    result: mergeLoads(rounds.map((round) => round.result)),
    probe: { seconds, serverCores: weighted((p) => p.serverCores), postgresCores: weighted((p) => p.postgresCores), benchCores: weighted((p) => p.benchCores), backends },
  };
}
