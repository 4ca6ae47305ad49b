import type postgres from 'postgres';
import type { Findings } from './findings';

/**
 * Looks for half-written charges of one account: every move of a charge writes its timeline row,
 * its webhook event (with a delivery per subscribed endpoint) and its ledger posting in one
 * transaction, so a charge or refund missing any of them was cut in the middle. Also: no
 * idempotency key left without its stored answer. Answers how many charges were checked.
 */
export async function expectChargesWhole(sql: postgres.Sql, entityUuid: string, findings: Findings): Promise<number> {
  const report = (kind: string, rows: readonly unknown[]) => rows.forEach((row) => findings.fail(kind, JSON.stringify(row)));

  report(
    'a charge whose timeline does not end in its status',
    await sql`
      select c.charge_uuid, c.status, last.to_status from charge c
      left join lateral (select s.to_status from charge_status_change s where s.charge_uuid = c.charge_uuid order by s.id desc limit 1) last on true
      where c.entity_uuid = ${entityUuid} and last.to_status is distinct from c.status limit 20`,
  );
  report(
    'a charge whose captured amount has no single capture posting of it',
    await sql`
      select c.charge_uuid, c.captured_minor::text, count(distinct t.transaction_uuid)::int as postings, coalesce(-sum(e.amount_minor) filter (where e.amount_minor < 0), 0)::text as posted
      from charge c
      left join ledger_transaction t on t.reference_type = 'charge' and t.reference_id = c.charge_uuid::text and t.kind = 'card_capture'
      left join ledger_entry e on e.transaction_uuid = t.transaction_uuid
      where c.entity_uuid = ${entityUuid}
      group by c.charge_uuid, c.captured_minor
      having (c.captured_minor > 0 and (count(distinct t.transaction_uuid) <> 1 or -sum(e.amount_minor) filter (where e.amount_minor < 0) <> c.captured_minor))
          or (c.captured_minor = 0 and count(distinct t.transaction_uuid) > 0)
      limit 20`,
  );
  report(
    'a charge whose refunded amount differs from its refunds',
    await sql`
      select c.charge_uuid, c.refunded_minor::text, coalesce(sum(r.amount_minor), 0)::text as refunds from charge c
      left join charge_refund r on r.charge_uuid = c.charge_uuid
      where c.entity_uuid = ${entityUuid} group by c.charge_uuid, c.refunded_minor having c.refunded_minor <> coalesce(sum(r.amount_minor), 0) limit 20`,
  );
  report(
    'a refund without exactly one ledger posting',
    await sql`
      select r.refund_uuid, count(t.transaction_uuid)::int as postings from charge_refund r
      left join ledger_transaction t on t.reference_type = 'charge_refund' and t.reference_id = r.refund_uuid::text and t.kind = 'refund'
      where r.entity_uuid = ${entityUuid} group by r.refund_uuid having count(t.transaction_uuid) <> 1 limit 20`,
  );
  // Every timeline row announces one event: a status reached, or a partial refund.
  report(
    'a charge whose timeline and webhook events disagree',
    await sql`
      select c.charge_uuid,
        (select count(*) from charge_status_change s where s.charge_uuid = c.charge_uuid)::int as timeline,
        (select count(*) from webhook_event v where v.subject_type = 'charge' and v.subject_id = c.charge_uuid::text)::int as events
      from charge c where c.entity_uuid = ${entityUuid}
        and (select count(*) from charge_status_change s where s.charge_uuid = c.charge_uuid)
         <> (select count(*) from webhook_event v where v.subject_type = 'charge' and v.subject_id = c.charge_uuid::text)
      limit 20`,
  );
  report(
    'an event without its delivery to a subscribed endpoint',
    await sql`
      select v.event_uuid, v.type, p.endpoint_uuid from webhook_event v
      join webhook_endpoint p on p.entity_uuid = v.entity_uuid and v.type = any(p.events) and p.purpose = 'subscription' and p.created_at < v.occurred_at
      where v.entity_uuid = ${entityUuid}
        and not exists (select 1 from webhook_delivery d where d.event_uuid = v.event_uuid and d.endpoint_uuid = p.endpoint_uuid)
      limit 20`,
  );
  report(
    'an idempotency key held without its answer',
    await sql`select key, method, path from idempotency_key where entity_uuid = ${entityUuid} and (response_status is null or completed_at is null) limit 20`,
  );
  const [count] = await sql<{ n: number }[]>`select count(*)::int as n from charge where entity_uuid = ${entityUuid}`;
  return count!.n;
}
