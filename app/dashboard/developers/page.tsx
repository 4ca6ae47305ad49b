import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateCredentialsForm } from '@/components/developers/create-credentials-form';
import { CredentialsTable } from '@/components/developers/credentials-table';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { SCOPES } from '@/lib/api/scopes';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { listApiClients } from '@/lib/credentials/manage';
import { toCredentialsRow } from '@/components/developers/credentials-row';
import { apiClientListQuerySchema } from '@/lib/credentials/schemas';
import { createCredentialsAction, revokeCredentialsAction, rotateCredentialsAction } from './actions';

export const metadata: Metadata = { title: 'Developers' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DevelopersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/developers');
  // A hand-edited bad cursor falls back to the first page rather than failing the page.
  const query = apiClientListQuerySchema.safeParse({ starting_after: (await searchParams).starting_after });
  const clients = await listApiClients(await getDb(), callerFromUser(user), query.success ? query.data : undefined);

  return (
    <>
      <PageHeader
        title="Developers"
        description="API credentials for your integrations. Exchange them for a token at POST /api/oauth2/token."
        actions={
          <div className="flex gap-4">
            <Link href="/dashboard/developers/webhooks" className="text-sm font-medium text-brand-700 hover:underline">
              Webhooks
            </Link>
            <Link href="/docs" className="text-sm font-medium text-brand-700 hover:underline">
              API reference
            </Link>
          </div>
        }
      />
      <section aria-labelledby="new-credentials" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="new-credentials" className="mb-4 text-lg font-semibold">
          New credentials
        </h2>
        <CreateCredentialsForm scopes={Object.entries(SCOPES).map(([scope, description]) => ({ scope, description }))} createCredentials={createCredentialsAction} />
      </section>
      <section aria-labelledby="credentials-list" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="credentials-list" className="px-4 pt-4 text-lg font-semibold">
          Credentials
        </h2>
        <CredentialsTable rows={clients.rows.map(toCredentialsRow)} actions={{ rotate: rotateCredentialsAction, revoke: revokeCredentialsAction }} />
      </section>
      <Pagination nextCursor={clients.nextCursor} params={{}} onFirstPage={!query.success || !query.data.starting_after} />
    </>
  );
}
