import { SERVER_SECRETS } from './settings';

// Imported first by run.ts, before any module of the app: what this process seeds through the
// services (demo cards sealed and fingerprinted, API clients) must use the server's own keys, and
// the app's logger reads its level when it loads.
Object.assign(process.env, { ...SERVER_SECRETS, APP_ENV: 'test', LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1' });
