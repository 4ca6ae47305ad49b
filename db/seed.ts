// `npm run db:seed`: migrates the configured database and loads the demo data, printing the logins.
import { closeDb, getDb } from './client';
import { seedDemo } from '@/lib/accounts/demo';
import { env } from '@/lib/env';

const demo = await seedDemo(await getDb());
await closeDb();

const where = env().DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env().PGLITE_DIR}`;
console.log(`
Demo data ready on ${where}.
  Merchant login: ${demo.merchantUser.email} / ${demo.merchantUser.password}
  Admin login:    ${demo.adminUser.email} / ${demo.adminUser.password}
  Dashboard:      http://localhost:3000 (served by npm run dev)
`);
