import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { MIGRATIONS_FOLDER } from './migrate';

/**
 * For tests of a data migration: a fresh database migrated up to (not including) the migration
 * whose tag ends with `tagSuffix`, filled by `populate` the way the platform wrote it before, then
 * migrated the rest of the way; `check` reads the result. The database is dropped afterwards.
 */
export async function migrateAcross(
  adminUrl: string,
  tagSuffix: string,
  populate: (sql: postgres.Sql) => Promise<void>,
  check: (sql: postgres.Sql) => Promise<void>,
): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const dbName = `migration_check_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const before = await mkdtemp(path.join(tmpdir(), 'migrations-before-'));
  try {
    await admin.unsafe(`create database ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    await cp(MIGRATIONS_FOLDER, before, { recursive: true });
    const journalPath = path.join(before, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
    const upTo = journal.entries.findIndex((entry) => entry.tag.endsWith(tagSuffix));
    if (upTo <= 0) throw new Error(`no migration ${tagSuffix} after the first`);
    await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));

    const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
    const [{ drizzle }, { migrate }] = await Promise.all([import('drizzle-orm/postgres-js'), import('drizzle-orm/postgres-js/migrator')]);
    try {
      await migrate(drizzle(sql), { migrationsFolder: before });
      await populate(sql);
      await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
      await check(sql);
    } finally {
      await sql.end();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${dbName}`);
    await admin.end();
    await rm(before, { recursive: true, force: true });
  }
}
