import type postgres from 'postgres';
import type { Db } from '@/db/client';
import type { AppServer } from './app-server';
import type { Findings } from './findings';
import type { PostgresInstance } from './postgres-instance';

/** What every case works with: the suite's own PostgreSQL and servers, and a connection to read the truth with. */
export interface Harness {
  pg: PostgresInstance;
  /** Server A (the one R2 kills) and server B, sharing the database. */
  servers: readonly [AppServer, AppServer];
  /** Drizzle on the suite's database, for the services that seed tenants. */
  db: Db;
  /** Plain SQL on the same database, for the checks. */
  sql: postgres.Sql;
}

/**
 * A case runs, records what it found, and may hand back a second phase the runner calls later
 * (after other cases ran): R2 gives the outbox time to deliver without the suite idling.
 */
export interface ReliabilityCase {
  id: string;
  title: string;
  run(harness: Harness, findings: Findings): Promise<void | ((findings: Findings) => Promise<void>)>;
}
