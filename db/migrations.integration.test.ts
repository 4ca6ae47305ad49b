import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePglite, migratePostgres } from './migrate';

// The columns, types, defaults and indexes of the public schema, as a comparable listing.
const COLUMNS = `select table_name, column_name, data_type, is_nullable, column_default
  from information_schema.columns where table_schema = 'public' order by table_name, column_name`;
const INDEXES = `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by tablename, indexname`;

describe('migrations', () => {
  const adminUrl = new URL(process.env.DATABASE_URL!);
  const dbName = `migrations_check_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });

  afterAll(async () => {
    await admin.unsafe(`drop database if exists ${dbName}`);
    await admin.end();
  });

  it('produce the same schema on embedded PGlite and on a fresh PostgreSQL database', async () => {
    await admin.unsafe(`create database ${dbName}`);
    const freshUrl = new URL(adminUrl);
    freshUrl.pathname = `/${dbName}`;
    await migratePostgres(freshUrl.toString());
    await migratePostgres(freshUrl.toString()); // a second run is a no-op, not an error

    const pg = postgres(freshUrl.toString(), { max: 1 });
    const onPostgres = { columns: await pg.unsafe(COLUMNS), indexes: await pg.unsafe(INDEXES) };
    await pg.end();

    const lite = new PGlite();
    await migratePglite(lite);
    const onPglite = { columns: (await lite.query(COLUMNS)).rows, indexes: (await lite.query(INDEXES)).rows };
    await lite.close();

    expect(onPostgres.columns.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(onPglite))).toEqual(JSON.parse(JSON.stringify(onPostgres)));
  });
});
