import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's Chromium when the machine has it (CI here); otherwise Playwright's own download.
const systemChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.ci/reports/playwright.json' }]] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // A production build served by `npm start`'s server.ts, seeded with the demo data the specs sign in with.
    // The build runs with the production secrets blanked, proving it needs none (they are checked
    // when the server starts); seeding and serving get them from `env` below.
    command:
      'NEXTAUTH_SECRET= API_JWT_SECRET= WEBHOOK_ENCRYPTION_KEY= IDEMPOTENCY_HASH_KEY= CARD_FINGERPRINT_KEY= CARD_DATA_ENCRYPTION_KEY= node_modules/.bin/next build && ' +
      `node_modules/.bin/tsx db/seed.ts && node_modules/.bin/tsx server.ts -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/login`,
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-nextauth-secret-0123456789abcdef',
      API_JWT_SECRET: process.env.API_JWT_SECRET ?? 'e2e-only-api-jwt-secret-0123456789abcdefgh',
      WEBHOOK_ENCRYPTION_KEY: process.env.WEBHOOK_ENCRYPTION_KEY ?? 'e2e-only-webhook-encryption-key-0123456789',
      IDEMPOTENCY_HASH_KEY: process.env.IDEMPOTENCY_HASH_KEY ?? 'e2e-only-idempotency-hash-key-0123456789ab',
      CARD_FINGERPRINT_KEY: process.env.CARD_FINGERPRINT_KEY ?? 'e2e-only-card-fingerprint-key-0123456789ab',
      CARD_DATA_ENCRYPTION_KEY: process.env.CARD_DATA_ENCRYPTION_KEY ?? 'e2e-only-card-data-encryption-key-012345',
      // `next start` is a production build; APP_ENV=test lets it deliver to the specs' loopback receivers.
      APP_ENV: 'test',
      // Without DATABASE_URL the server gets its own PGlite directory, never the dev one.
      PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? '.data/e2e',
      LOG_LEVEL: 'warn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
