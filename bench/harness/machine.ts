import { cpus, loadavg, totalmem } from 'node:os';
import type postgres from 'postgres';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  /** The 1-minute load average when the run started: others' work on a shared machine shows here. */
  loadAtStart: number;
}

export async function describeMachine(sql: postgres.Sql): Promise<Machine> {
  const [row] = await sql<{ version: string }[]>`select current_setting('server_version') as version`;
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    postgres: row?.version ?? 'unknown',
    loadAtStart: loadavg()[0] ?? 0,
  };
}
