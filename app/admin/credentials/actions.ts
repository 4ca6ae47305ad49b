'use server';

import { revalidatePath } from 'next/cache';
import { toCredentialsRow } from '@/components/developers/credentials-row';
import { runAction } from '@/lib/actions/run-action';
import { createAccountCredentials, revokeApiClient, rotateApiClientSecret } from '@/lib/credentials/manage';
import { clientIdInputSchema, createCredentialsSchema } from '@/lib/credentials/schemas';
import { getFormatting } from '@/lib/i18n/formatting';

// The platform account's own credentials, managed by its operators: the caller runAction makes of
// an operator's session is that account's, so these are the services the merchants' Developers
// page uses, and only here may `management:accounts` be granted (lib/credentials/create.ts checks
// the account, whatever the form offered). The secret in these answers travels to the browser once.

export async function createPlatformCredentialsAction(input: unknown, idempotencyKey?: string) {
  const formatting = await getFormatting();
  return runAction(
    'operator',
    createCredentialsSchema,
    input,
    async ({ db, caller, input }) => {
      const { client, clientSecret } = await createAccountCredentials(db, caller, input);
      revalidatePath('/admin/credentials');
      return { client: toCredentialsRow(client, formatting), clientSecret };
    },
    { idempotency: { action: 'platform_api_clients.create', key: idempotencyKey } },
  );
}

export async function rotatePlatformCredentialsAction(input: unknown) {
  const formatting = await getFormatting();
  return runAction('operator', clientIdInputSchema, input, async ({ db, caller, input }) => {
    const { client, clientSecret } = await rotateApiClientSecret(db, caller, input);
    revalidatePath('/admin/credentials');
    return { client: toCredentialsRow(client, formatting), clientSecret };
  });
}

export async function revokePlatformCredentialsAction(input: unknown) {
  const formatting = await getFormatting();
  return runAction('operator', clientIdInputSchema, input, async ({ db, caller, input }) => {
    const client = await revokeApiClient(db, caller, input);
    revalidatePath('/admin/credentials');
    return { client: toCredentialsRow(client, formatting) };
  });
}
