import PgBoss from 'pg-boss';
import type { DbOrTx } from '@/db/client';
import type { QueueDeclaration } from './declare-queue';
import { drizzleExecutor } from '@/db/sql-executor';

// Only builds SQL: every send passes the transaction it belongs to, so this instance never connects.
let sender: PgBoss | undefined;
function senderBoss(): PgBoss {
  sender ??= new PgBoss({
    db: {
      executeSql: () => {
        throw new Error('enqueue() runs in the caller’s transaction; this connection is never used');
      },
    },
  });
  return sender;
}

export interface EnqueueOptions {
  /** When the job may start; now when omitted. */
  startAfter?: Date;
}

/**
 * Adds a job in the caller's transaction: it exists exactly when the change that asked for it
 * commits, which is what makes the webhook outbox lose nothing and invent nothing.
 */
export async function enqueue(tx: DbOrTx, queue: QueueDeclaration, data: object, options: EnqueueOptions = {}): Promise<string> {
  const id = await senderBoss().send(queue.name, data, { db: drizzleExecutor(tx), startAfter: options.startAfter });
  if (!id) throw new Error(`queue ${queue.name} is not installed`);
  return id;
}
