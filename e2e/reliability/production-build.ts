import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The servers run the production build. Reused when `.next` holds one (the e2e suite's, in `npm
 * test`); otherwise built here the way playwright.config.ts builds it, with every production
 * secret blanked, which also proves the build needs none.
 */
export function ensureProductionBuild(): void {
  if (existsSync('.next/BUILD_ID')) return;
  console.log('No production build in .next: building it (next build, secrets blanked)…');
  const blanked = { NEXTAUTH_SECRET: '', API_JWT_SECRET: '', WEBHOOK_ENCRYPTION_KEY: '', IDEMPOTENCY_HASH_KEY: '', CARD_FINGERPRINT_KEY: '', CARD_DATA_ENCRYPTION_KEY: '' };
  const result = spawnSync('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: { ...process.env, ...blanked, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}
