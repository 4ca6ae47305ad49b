import { SECRETS } from './settings';

// Imported first by run.ts, before any module of the app: the seeding this process does through
// the services (hashing client secrets, sealing nothing it cannot read back) must see the same
// deployment as the servers, and the app's logger reads its level when it loads.
Object.assign(process.env, { ...SECRETS, APP_ENV: 'test', LOG_LEVEL: 'warn' });
