'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { createAccountCredentials, revokeApiClient, rotateApiClientSecret } from '@/lib/credentials/manage';
import { clientIdInputSchema, createCredentialsSchema } from '@/lib/credentials/schemas';
import { toCredentialsRow } from '@/components/developers/credentials-row';

// The secret in these answers travels to the browser this once, for the reveal-once dialog.

export async function createCredentialsAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    createCredentialsSchema,
    input,
    async ({ db, caller, input }) => {
      const { client, clientSecret } = await createAccountCredentials(db, caller, input);
      revalidatePath('/dashboard/developers');
      return { client: toCredentialsRow(client), clientSecret };
    },
    { idempotency: { action: 'api_clients.create', key: idempotencyKey } },
  );
}

export async function rotateCredentialsAction(input: unknown) {
  return runAction(clientIdInputSchema, input, async ({ db, caller, input }) => {
    const { client, clientSecret } = await rotateApiClientSecret(db, caller, input);
    revalidatePath('/dashboard/developers');
    return { client: toCredentialsRow(client), clientSecret };
  });
}

export async function revokeCredentialsAction(input: unknown) {
  return runAction(clientIdInputSchema, input, async ({ db, caller, input }) => {
    const client = await revokeApiClient(db, caller, input);
    revalidatePath('/dashboard/developers');
    return { client: toCredentialsRow(client) };
  });
}
