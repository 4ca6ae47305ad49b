import type { DbOrTx } from '@/db/client';
import { auditEvent } from '@/db/schema';

/** Who caused a change: a dashboard user, an API client, or the platform itself. */
export interface Actor {
  type: 'user' | 'api_client' | 'system';
  id: string;
  /** The account the change belongs to; an operator's cross-account decision names its subject's. */
  entityUuid: string;
  requestId?: string;
}

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

/** Appends an audit event; pass the transaction of the change so both commit or neither does. */
export async function recordAudit(db: DbOrTx, actor: Actor, input: AuditInput): Promise<void> {
  await db.insert(auditEvent).values({
    entityUuid: actor.entityUuid,
    actorType: actor.type,
    actorId: actor.id,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    data: input.data ?? {},
    requestId: actor.requestId ?? null,
  });
}
