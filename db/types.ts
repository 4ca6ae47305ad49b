import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type * as schema from './schema';

/**
 * The database handle every service receives. Typed as the postgres.js flavour; the embedded PGlite
 * handle speaks the same query builder and SQL, so services never know which one they hold.
 */
export type Db = PostgresJsDatabase<typeof schema>;
/** A transaction handle; services that must be atomic take `Db | Tx` and open savepoints freely. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;
