import type postgres from 'postgres';

export interface ChargeOwner {
  entityUuid: string;
  walletUuid: string;
  merchantUuid: string;
}

/** Rows per statement: each batch is its own transaction, so the seed holds no lock or snapshot for long. */
const BATCH = 100_000;

/**
 * Adds charges `from`…`to - 1` (their ordinals) to one wallet, set-based: one INSERT…SELECT over
 * generate_series per batch, no round trip per row. Ordinal n was created n seconds before
 * `newest`, so the first 10 k are the last hours' and the rest months of history behind them.
 * What a listed charge shows is all there: card charges in the statuses that move no money
 * (issued, waiting for the payer; declined by the acquirer, with its A55 message; canceled), so the
 * ledger stays balanced without a posting per row. The timeline, which only a charge's own page
 * reads, is not seeded.
 */
export async function seedCharges(sql: postgres.Sql, owner: ChargeOwner, from: number, to: number, newest: Date): Promise<void> {
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(to, start + BATCH) - 1;
    await sql`
      insert into charge (
        entity_uuid, wallet_uuid, merchant_uuid, type_charge, status, currency,
        installment_value_minor, installment_count, amount_minor,
        payer_name, payer_email, payer_tax_id, payer_cell_phone, payer_address, description, due_date, items,
        card_brand, card_bin, card_last_four, card_expiry_month, card_expiry_year, card_holder_name,
        acquirer, response_code, message, created_at, updated_at)
      select ${owner.entityUuid}::uuid, ${owner.walletUuid}::uuid, ${owner.merchantUuid}::uuid, 'credit_card', s.status, 'BRL',
             s.amount, 1, s.amount,
             'Cliente ' || n, 'cliente' || (n % 50000) || '@example.test', '52998224725', '+5511987654321',
             '{"street":"Avenida Paulista","address_number":"1000","city":"São Paulo","state":"SP","postal_code":"01310-100","country":"BR"}'::jsonb,
             'Pedido #' || n, date '2030-12-31',
             jsonb_build_array(jsonb_build_object('name', 'Item', 'quantity', 1, 'total_amount', (s.amount / 100.0)::numeric(12, 2)::text, 'unit_amount', (s.amount / 100.0)::numeric(12, 2)::text)),
             s.brand, s.bin, s.last_four, s.month, s.year, s.holder,
             s.acquirer, s.response_code, s.message, s.created_at, s.created_at
        from generate_series(${start}::int, ${end}::int) as n,
        lateral (
          select case when n % 10 < 6 then 'issued' when n % 10 < 9 then 'error' else 'canceled' end as status,
                 1000 + (n % 97) * 250 as amount,
                 ${newest}::timestamptz - make_interval(secs => n) as created_at
        ) t,
        lateral (
          select t.status, t.amount, t.created_at,
                 case when t.status = 'error' then 'VISA' end as brand,
                 case when t.status = 'error' then '402400' end as bin,
                 case when t.status = 'error' then '3192' end as last_four,
                 case when t.status = 'error' then 12 end::smallint as month,
                 case when t.status = 'error' then 2030 end::smallint as year,
                 case when t.status = 'error' then 'MARIA DA SILVA' end as holder,
                 case when t.status = 'error' then 'sandbox' end as acquirer,
                 case when t.status = 'error' then '05' end as response_code,
                 case when t.status = 'error' then '[{"code":"CARD_DECLINED","source":"acquirer","description":"Not authorized"}]'::jsonb end as message
        ) s`;
  }
  // As autovacuum would have by the time an account has this history: fresh statistics and a visibility map.
  await sql`vacuum (analyze) charge`;
  // Their writes flushed before anything is timed (a superuser's right; skipped on a database that refuses it).
  await sql`checkpoint`.catch(() => undefined);
}
