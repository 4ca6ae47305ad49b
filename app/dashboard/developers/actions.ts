'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { createAccountCredentials, revokeApiClient, rotateApiClientSecret } from '@/lib/credentials/manage';
import { clientIdInputSchema, createCredentialsSchema } from '@/lib/credentials/schemas';
import { toCredentialsRow } from '@/components/developers/credentials-row';
import { getFormatting } from '@/lib/i18n/formatting';

// The secret in these answers travels to the browser this once, for the reveal-once dialog.
// The reader's formatting is read before the service's transaction opens (it is a query of its own).

export async function createCredentialsAction(input: unknown, idempotencyKey?: string) {
  const formatting = await getFormatting();
  return runAction(
    'credentials.manage',
    createCredentialsSchema,
    input,
    async ({ db, caller, input }) => {
      const { client, clientSecret } = await createAccountCredentials(db, caller, input);
      revalidatePath('/dashboard/developers');
      return { client: toCredentialsRow(client, formatting), clientSecret };
    },
    { idempotency: { action: 'api_clients.create', key: idempotencyKey } },
  );
}

export async function rotateCredentialsAction(input: unknown) {
  const formatting = await getFormatting();
  return runAction('credentials.manage', clientIdInputSchema, input, async ({ db, caller, input }) => {
    const { client, clientSecret } = await rotateApiClientSecret(db, caller, input);
    revalidatePath('/dashboard/developers');
    return { client: toCredentialsRow(client, formatting), clientSecret };
  });
}

export async function revokeCredentialsAction(input: unknown) {
  const formatting = await getFormatting();
  return runAction('credentials.manage', clientIdInputSchema, input, async ({ db, caller, input }) => {
    const client = await revokeApiClient(db, caller, input);
    revalidatePath('/dashboard/developers');
    return { client: toCredentialsRow(client, formatting) };
  });
}
