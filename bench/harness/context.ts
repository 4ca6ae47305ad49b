import type postgres from 'postgres';
import type { Db } from '@/db/client';

/** What every row gets: the running server's URL and the run's database (the app's Drizzle, and raw SQL for seeding and checks). */
export interface RowContext {
  url: string;
  /** The server's process group, for the probes. */
  serverGroup: number;
  db: Db;
  sql: postgres.Sql;
}
