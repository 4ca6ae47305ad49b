/**
 * Run by `crash.test.ts` as a child process: sends one write with an Idempotency-Key through the
 * door, and the process is killed (SIGKILL, no clean-up of any kind) right after the handler's
 * effect, before the door can store the answer. Arguments: token, key, ref.
 */
import { z } from 'zod';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit/record';
import { callerFromApi } from '@/lib/auth/caller';
import { callRoute } from '@/lib/testing/api';

const [token, key, ref] = process.argv.slice(2);

const route = apiRoute({
  dialect: 'a55',
  scope: 'charge:create',
  body: z.object({ ref: z.string() }),
  handler: async ({ db, actor, body }) => {
    await recordAudit(db, callerFromApi(actor), { action: 'test.order', subjectType: 'test_crash_order', subjectId: body.ref });
    process.kill(process.pid, 'SIGKILL');
    return new Promise(() => {});
  },
});

await callRoute(route, { path: '/api/v1/test/orders/', token, body: { ref }, headers: { 'idempotency-key': key! } });
