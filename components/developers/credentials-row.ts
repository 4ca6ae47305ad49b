import { formatDateTime } from '@/components/ui/format';
import type { ApiClientSummary } from '@/lib/credentials/manage';

/** One row of the credentials table, with dates already written out (identical on server and client). */
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

export function toCredentialsRow(client: ApiClientSummary): CredentialsRow {
  const graceLeft = client.previousSecretExpiresAt && client.previousSecretExpiresAt.getTime() > Date.now();
  return {
    clientId: client.clientId,
    name: client.name,
    scopes: client.scopes,
    walletUuid: client.walletUuid,
    secretLastFour: client.secretLastFour,
    created: formatDateTime(client.createdAt),
    lastUsed: client.lastUsedAt && formatDateTime(client.lastUsedAt),
    revoked: client.revokedAt && formatDateTime(client.revokedAt),
    previousSecretUntil: graceLeft ? formatDateTime(client.previousSecretExpiresAt!) : null,
  };
}
