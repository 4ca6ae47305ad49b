// `npm run db:seed`: migrates the configured database and loads the demo data, printing the logins.
import { seedDemo } from '@/lib/accounts/demo';
import { env } from '@/lib/env';
import { installJobQueues } from '@/lib/jobs/install';
import { closeDb, getDb, getJobExecutor } from './client';

// The demo's changes announce themselves by webhook, so their queue must exist.
const db = await getDb();
await installJobQueues(await getJobExecutor());
const demo = await seedDemo(db);
await closeDb();

const where = env().DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env().PGLITE_DIR}`;
console.log(`
Demo data ready on ${where}.
  Owner login:    ${demo.merchantUser.email} / ${demo.merchantUser.password}
${demo.team.map((login) => `  ${`${login.role[0]!.toUpperCase()}${login.role.slice(1)} login:`.padEnd(16)}${login.email} / ${login.password}`).join('\n')}
  Operator login: ${demo.adminUser.email} / ${demo.adminUser.password}
  Dashboard:      http://localhost:3000 (served by npm run dev)
`);
