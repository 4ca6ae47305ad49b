import { and, count, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, auditEvent, user } from '@/db/schema';
import { isOperator, type Caller, type Operator } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { keyset, type ListPage } from '@/lib/pagination/keyset';

export interface AuditFilters {
  /** Who acted: an actor id (user, API client) or a user's e-mail, either in any case. */
  actor?: string;
  /** One action (`member.removed`), or every action of a family when it ends in a dot (`member.`). */
  action?: string;
  /** Operators only: one account's events. A member's scope is their account whatever this says. */
  entityUuid?: string;
  /** The `next_cursor` of the previous page. */
  startingAfter?: string;
  limit: number;
}

export interface AuditRow {
  id: string;
  entityUuid: string;
  /** The account's name, for operators reading across accounts; null in a member's own trail. */
  accountName: string | null;
  actorType: 'user' | 'api_client' | 'system';
  actorId: string;
  /** The acting user as they are now; null for other actors and for users since removed. */
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  requestId: string | null;
  createdAt: Date;
}

// Newest first; an account's trail reads audit_event_entity_idx (entity_uuid, created_at). Its ids are numbered.
const order = keyset({ createdAt: auditEvent.createdAt, id: auditEvent.id }, 'newest', 'bigint');

// A user actor's id is their user id; text on one side, so the comparison is made as text.
const actingUser = and(eq(auditEvent.actorType, 'user'), eq(sql`${user.id}::text`, auditEvent.actorId));

/**
 * The audit trail, newest first, filtered and paged by keyset cursor. An operator reads every
 * account's (optionally one's), with each account's name; a member's Caller reads only its own
 * account, whatever the filters say. Who may read it at all is the door's decision (`audit.read`).
 */
export async function listAuditEvents(db: DbOrTx, scope: Operator | Caller, filters: AuditFilters): Promise<ListPage<AuditRow>> {
  const operator = isOperator(scope);
  const conditions: (SQL | undefined)[] = [operator ? undefined : ownedBy(auditEvent, scope)];
  if (operator && filters.entityUuid) conditions.push(eq(auditEvent.entityUuid, filters.entityUuid));
  if (filters.actor) conditions.push(actorIs(filters.actor));
  if (filters.action) conditions.push(actionIs(filters.action));
  const where = and(...conditions);
  const window = { cursor: filters.startingAfter, limit: filters.limit, offset: 0 };

  const [rows, [total]] = await Promise.all([
    db
      .select({
        ...order.position,
        id: sql<string>`${auditEvent.id}::text`,
        entityUuid: auditEvent.entityUuid,
        accountName: operator ? account.name : sql<null>`null`,
        actorType: auditEvent.actorType,
        actorId: auditEvent.actorId,
        actorName: user.name,
        actorEmail: user.email,
        action: auditEvent.action,
        subjectType: auditEvent.subjectType,
        subjectId: auditEvent.subjectId,
        data: auditEvent.data,
        requestId: auditEvent.requestId,
        createdAt: auditEvent.createdAt,
      })
      .from(auditEvent)
      .innerJoin(account, eq(account.entityUuid, auditEvent.entityUuid))
      .leftJoin(user, actingUser)
      .where(and(where, order.seek(window)))
      .orderBy(...order.orderBy)
      .limit(order.fetch(window)),
    db.select({ value: count() }).from(auditEvent).leftJoin(user, actingUser).where(where),
  ]);
  return order.page(window, rows, total?.value ?? 0);
}

function actorIs(actor: string): SQL {
  const wanted = actor.trim().toLowerCase();
  return or(eq(sql`lower(${auditEvent.actorId})`, wanted), eq(sql`lower(${user.email})`, wanted))!;
}

function actionIs(action: string): SQL {
  return action.endsWith('.') ? like(auditEvent.action, `${action.replace(/[\\%_]/g, '\\$&')}%`) : eq(auditEvent.action, action);
}
