import { formatDateTime, type Formatting } from '@/components/ui/format';
import type { ApiClientSummary } from '@/lib/credentials/manage';

/** One row of the credentials table, with dates already written out for its reader (identical on server and client). */
export interface CredentialsRow {
  clientId: string;
  name: string;
  scopes: string[];
  walletUuid: string | null;
  secretLastFour: string;
  created: string;
  lastUsed: string | null;
  revoked: string | null;
  previousSecretUntil: string | null;
}

export function toCredentialsRow(client: ApiClientSummary, formatting?: Formatting): CredentialsRow {
  const graceLeft = client.previousSecretExpiresAt && client.previousSecretExpiresAt.getTime() > Date.now();
  return {
    clientId: client.clientId,
    name: client.name,
    scopes: client.scopes,
    walletUuid: client.walletUuid,
    secretLastFour: client.secretLastFour,
    created: formatDateTime(client.createdAt, formatting),
    lastUsed: client.lastUsedAt && formatDateTime(client.lastUsedAt, formatting),
    revoked: client.revokedAt && formatDateTime(client.revokedAt, formatting),
    previousSecretUntil: graceLeft ? formatDateTime(client.previousSecretExpiresAt!, formatting) : null,
  };
}
