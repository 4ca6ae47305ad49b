import { createHash, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { idempotencyKey } from '@/db/schema';
import { requestHash } from '@/lib/idempotency/request-hash';
import { logger } from '@/lib/logger';
import { callRoute } from '@/lib/testing/api';
import { testDb } from '@/lib/testing/db';
import { cardIssuer, issueBody, platformCardFields, type IssuedCard } from '@/lib/payment-instruments/test-fixtures';
import { POST as issueRoute } from '@/app/api/v1/credit/wallet/[wallet_key]/payment_instrument/route';
import { cardFields, chargeApi, chargeBody, chargeTenant, LUHN_INVALID_CARD, luhnCard, publicChargeApi, SANDBOX_DECLINED_CARD, SANDBOX_OK_CARD, sandboxCard, VALID_CPF } from './test-fixtures';

// PCI: a card number or CVV is never stored or logged (DESIGN §2.2, §5). Charges are made with
// several cards, host to host and at the public pay endpoint, approved, declined, challenged and
// refused, some failing with a 500 while the card is in flight; then every row of every table and
// every log line written meanwhile is searched for them.

// Every log line the platform writes, at every level, through the real logger configuration
// (its redaction and error serializers), into memory instead of stdout.
const captured = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('@/lib/logger', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/logger')>();
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'trace';
  const capturing = actual.createLogger({ write: (line: string) => void captured.lines.push(line) });
  process.env.LOG_LEVEL = level;
  return { ...actual, logger: capturing, requestLogger: (requestId: string) => capturing.child({ requestId }) };
});

const db = await testDb();

// And anything written straight to the process's streams.
const written: string[] = [];
const spies: { mockRestore: () => void }[] = [];
beforeAll(() => {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    spies.push(
      vi.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        written.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write),
    );
  }
});
afterAll(() => spies.forEach((spy) => spy.mockRestore()));

/** The same number as a payer may type it: bare, in groups of four with spaces or with dashes. */
function spellings(number: string): string[] {
  const digits = number.replace(/\D/g, '');
  const groups = digits.match(/.{1,4}/g)!;
  // Amex is printed 4-6-5.
  const amex = digits.length === 15 ? [`${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}`] : [];
  return [digits, groups.join(' '), groups.join('-'), ...amex];
}

function spaced(number: string) {
  return spellings(number)[1]!;
}

function dashed(number: string) {
  return spellings(number)[2]!;
}

/** Every row of every table of the public schema (and pg-boss's jobs) as JSON text, with its table. */
async function dumpDatabase(): Promise<{ table: string; row: string }[]> {
  const tables = await db.execute<{ schema: string; name: string }>(
    sql`select table_schema as schema, table_name as name from information_schema.tables
        where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE' order by 1, 2`,
  );
  const rows: { table: string; row: string }[] = [];
  for (const { schema, name } of tables) {
    const table = `"${schema}"."${name}"`;
    const result = await db.execute<{ row: string }>(sql.raw(`select row_to_json(t)::text as row from ${table} t`));
    for (const { row } of result) rows.push({ table, row });
  }
  return rows;
}

/** Each value in a JSON document, with the key it sits under; text that is itself JSON (stored bodies) is opened too. */
function* values(value: unknown, key = ''): Generator<{ key: string; value: unknown }> {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'))) {
      try {
        yield* values(JSON.parse(trimmed), key);
        return;
      } catch {
        // plain text
      }
    }
  }
  if (Array.isArray(value)) {
    for (const item of value) yield* values(item, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [inner, item] of Object.entries(value)) yield* values(item, inner);
  } else {
    yield { key, value };
  }
}

describe('card data at rest and in logs', () => {
  it('no table and no log line holds a card number or a CVV, and the idempotency store keeps only an HMAC of the request', async () => {
    const tenant = await chargeTenant(db);
    const api = chargeApi(tenant.token);
    const cards: string[] = [];
    const cvvs = ['739', '582', '4826'];
    const card = (number: string, typed = number) => {
      cards.push(number);
      return typed;
    };
    const fields = (typed: string, cvv = '739') => cardFields(typed, cvv);
    const charges: string[] = [];
    const create = async (overrides: Record<string, unknown>, headers?: Record<string, string>) => {
      const res = await api.create({ ...chargeBody(tenant), ...overrides }, headers);
      if (res.body.charge_uuid) charges.push(res.body.charge_uuid);
      return res;
    };

    // Host to host: approved (A.11's ready card, and a Luhn-valid Mastercard typed in groups), declined, expired, an Amex.
    const ready = card(SANDBOX_OK_CARD);
    expect((await create(fields(ready))).body.status).toBe('confirmed');
    const master = luhnCard(0, '545454');
    expect((await create(fields(card(master, spaced(master)), '582'))).body.status).toBe('confirmed');
    const declined = sandboxCard(2);
    expect((await create(fields(card(declined, dashed(declined))))).body.status).toBe('error');
    expect((await create(fields(card(sandboxCard(3))))).body.status).toBe('error');
    const amex = luhnCard(4, '378282', 15);
    expect((await create(fields(card(amex), '4826'))).body.status).toBe('confirmed');
    // 3DS, challenged and then passed.
    const challenged = luhnCard(1);
    const pending = await create({ ...fields(card(challenged)), threeds_authentication: true });
    expect(pending.body.status).toBe('pending');
    expect((await publicChargeApi.completeThreeDs(pending.body.charge_uuid, true)).body.status).toBe('confirmed');
    // Refused before the acquirer (Luhn), and a wrong CVV length.
    expect((await create(fields(card(LUHN_INVALID_CARD)))).status).toBe(422);
    expect((await create(fields(card(luhnCard(0)), '1234'))).status).toBe(422);
    // With an Idempotency-Key, answered and then replayed.
    const keyed = luhnCard(4);
    const key = randomUUID();
    const keyedBody = { ...chargeBody(tenant), ...fields(card(keyed)) };
    const first = await create(keyedBody, { 'idempotency-key': key });
    const replay = await api.create(keyedBody, { 'idempotency-key': key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.charge_uuid).toBe(first.body.charge_uuid);

    // At the public pay endpoint: approved, declined, challenged, and a bad card refused.
    for (const [number, typed, expected] of [
      [luhnCard(0), 'spaced', 'confirmed'],
      [SANDBOX_DECLINED_CARD, 'bare', 'error'],
      [luhnCard(1, '520000'), 'dashed', 'pending'],
    ] as const) {
      const issued = await create({ threeds_authentication: expected === 'pending' });
      const spelled = typed === 'spaced' ? spaced(number) : typed === 'dashed' ? dashed(number) : number;
      const paid = await publicChargeApi.pay(issued.body.charge_uuid, { ...fields(card(number, spelled), '582'), payer_tax_id: VALID_CPF });
      expect(paid.body.status).toBe(expected);
    }
    const unpaid = await create({});
    expect((await publicChargeApi.pay(unpaid.body.charge_uuid, { ...fields(card('4111111111111121')), payer_tax_id: VALID_CPF })).status).toBe(422);

    // A 500 while the card is in flight, host to host and at the pay endpoint: the database refuses
    // to record the card's facts on this tenant's marked charges, and the door logs the error.
    const marker = 'fail while the card is in flight';
    const issuedToFail = await create({ description: marker });
    const trigger = `test_card_data_${randomUUID().replaceAll('-', '')}`;
    await db.execute(
      sql.raw(`create function ${trigger}() returns trigger language plpgsql as $$
        begin
          if new.entity_uuid = '${tenant.entityUuid}' and new.description = '${marker}' and new.card_bin is not null then
            raise exception 'disk full (test)';
          end if;
          return new;
        end $$`),
    );
    await db.execute(sql.raw(`create trigger ${trigger} before update on charge for each row execute function ${trigger}()`));
    const linesBefore = captured.lines.length;
    try {
      const failing = luhnCard(0);
      const hostToHost = await create({ ...fields(card(failing, spaced(failing))), description: marker });
      expect(hostToHost.status).toBe(500);
      const failingPay = luhnCard(4, '545454');
      const paying = await publicChargeApi.pay(issuedToFail.body.charge_uuid, { ...fields(card(failingPay, dashed(failingPay))), payer_tax_id: VALID_CPF });
      expect(paying.status).toBe(500);
    } finally {
      await db.execute(sql.raw(`drop trigger if exists ${trigger} on charge`));
      await db.execute(sql.raw(`drop function if exists ${trigger}()`));
    }
    const errorLines = captured.lines.slice(linesBefore).filter((line) => line.includes('unhandled error in API route'));
    expect(errorLines).toHaveLength(2);
    expect(errorLines.join('\n')).toContain('disk full (test)');

    // A card the platform issued: answered once (and blank on a replay), then spent host to host and
    // at the pay endpoint, so the issuer opened its sealed copy to authorize each purchase.
    const issuer = await cardIssuer(db);
    const issueKey = { 'idempotency-key': randomUUID() };
    const issueRequest = issueBody();
    const issued = await callRoute(issueRoute, { path: '/x', token: issuer.token, body: issueRequest, headers: issueKey, params: { wallet_key: issuer.walletKey } });
    expect(issued.status).toBe(201);
    const platformCard = issued.body as unknown as IssuedCard;
    cards.push(platformCard.card.number);
    expect((await callRoute(issueRoute, { path: '/x', token: issuer.token, body: issueRequest, headers: issueKey, params: { wallet_key: issuer.walletKey } })).body).toMatchObject({
      card: { number: null, cvv: null },
    });
    expect((await create({ ...platformCardFields(platformCard) })).body.status).toBe('confirmed');
    const onUsUnpaid = await create({});
    const onUsPaid = await publicChargeApi.pay(onUsUnpaid.body.charge_uuid, { ...platformCardFields(platformCard), card_number: spaced(platformCard.card.number), payer_tax_id: VALID_CPF });
    expect(onUsPaid.body.status).toBe('confirmed');
    logger.child({ requestId: 'canary-card' }).info({ answer: { card: { number: platformCard.card.number, cvv: platformCard.card.cvv } } }, 'canary-card');

    // A careless log of a request body is redacted by the logger itself.
    logger.child({ requestId: 'canary' }).info({ body: { card_number: ready, card_cvv: '739' } }, 'canary');
    expect(captured.lines.at(-1)).toContain('canary');

    // Nothing stored holds a number, in any spelling.
    const forbidden = cards.flatMap(spellings);
    const dump = await dumpDatabase();
    expect(dump.length).toBeGreaterThan(0);
    const leaks = dump.flatMap(({ table, row }) =>
      forbidden.filter((number) => row.includes(number)).map((number) => `${table}: …${row.slice(Math.max(0, row.indexOf(number) - 80), row.indexOf(number) + 40)}…`),
    );
    expect(leaks).toEqual([]);
    // No column or stored body field named for a card number or CVV holds digits, anywhere.
    const cardKeys = dump.flatMap(({ table, row }) =>
      [...values(JSON.parse(row))]
        .filter(({ key, value }) => /cvv|cvc|card_?number|security_code|^pan$/i.test(key) && /^\d[\d\s-]*$/.test(String(value)))
        .map(({ key }) => `${table}.${key}`),
    );
    expect(cardKeys).toEqual([]);
    // No card field of these charges, and no value in any row about them, is a CVV.
    const ours = dump.filter(({ row }) => charges.some((uuid) => row.includes(uuid)));
    expect(ours.length).toBeGreaterThan(charges.length);
    const cvvValues = ours.flatMap(({ table, row }) =>
      [...values(JSON.parse(row))].filter(({ value }) => cvvs.includes(String(value))).map(({ key, value }) => `${table}.${key}=${String(value)}`),
    );
    expect(cvvValues).toEqual([]);
    // What is kept of a card: brand, BIN, last four, expiry and a keyed fingerprint.
    const [kept] = await db.execute<{ card_bin: string; card_last_four: string; card_fingerprint: string }>(
      sql`select card_bin, card_last_four, card_fingerprint from charge where charge_uuid = ${first.body.charge_uuid}`,
    );
    expect(kept).toMatchObject({ card_bin: keyed.slice(0, 6), card_last_four: keyed.slice(-4), card_fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(kept!.card_fingerprint).not.toBe(createHash('sha256').update(keyed).digest('hex'));

    // Nor any log line, nor anything written to stdout or stderr.
    const logs = [...captured.lines, ...written].join('\n');
    expect(logs).toContain('"card_number":"[redacted]"');
    for (const number of forbidden) expect(logs).not.toContain(number);
    for (const cvv of cvvs) expect(logs).not.toMatch(new RegExp(`"(card_)?cvv"\\s*:\\s*"?${cvv}`));

    // The idempotency store: the key, method, path, an HMAC of the request and the answer, which names no card.
    const [stored] = await db.select().from(idempotencyKey).where(and(eq(idempotencyKey.entityUuid, tenant.entityUuid), eq(idempotencyKey.key, key)));
    expect(stored).toBeDefined();
    const bodyText = JSON.stringify(keyedBody);
    expect(stored!.requestHash).toBe(requestHash('POST', '/api/v1/bank/wallet/charge/', bodyText));
    expect(stored!.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.requestHash).not.toBe(createHash('sha256').update(`POST\n/api/v1/bank/wallet/charge/\n${bodyText}`).digest('hex'));
    expect(requestHash('POST', '/api/v1/bank/wallet/charge/', bodyText, 'another-key-another-key-another-key')).not.toBe(stored!.requestHash);
    expect(Object.keys(stored!).sort()).toEqual(['completedAt', 'createdAt', 'entityUuid', 'expiresAt', 'key', 'method', 'path', 'requestHash', 'responseBody', 'responseHeaders', 'responseStatus']);
    expect(stored!.responseBody).toContain(first.body.charge_uuid);
    expect(stored!.responseBody).not.toContain(keyed);
  }, 60_000);
});
