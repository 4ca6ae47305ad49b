import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const FILES = '{app,components,db,lib}/**';
const INTEGRATION = `${FILES}/*.integration.test.{ts,tsx}`;

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    // Playwright specs in e2e/ are never picked up here. Pure logic runs with nothing but Node;
    // integration tests (`*.integration.test.ts`) need the real PostgreSQL at DATABASE_URL.
    projects: [
      { extends: true, test: { name: 'unit', include: [`${FILES}/*.test.{ts,tsx}`], exclude: [INTEGRATION, 'e2e/**', 'node_modules/**'] } },
      { extends: true, test: { name: 'integration', include: [INTEGRATION], globalSetup: ['lib/testing/global-setup.ts'] } },
    ],
  },
});
