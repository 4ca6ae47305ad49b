import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CreateCredentialsForm } from '@/components/developers/create-credentials-form';
import { toCredentialsRow } from '@/components/developers/credentials-row';
import { CredentialsTable } from '@/components/developers/credentials-table';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { grantableScopes } from '@/lib/api/scopes';
import { callerFromUser } from '@/lib/auth/caller';
import { requireOperator } from '@/lib/auth/session';
import { listApiClients } from '@/lib/credentials/manage';
import { apiClientListQuerySchema } from '@/lib/credentials/schemas';
import { getFormatting } from '@/lib/i18n/formatting';
import { createPlatformCredentialsAction, revokePlatformCredentialsAction, rotatePlatformCredentialsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminCredentials'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The platform account's API credentials: where operators mint the management credentials of their integrations. */
export default async function PlatformCredentialsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireOperator('/admin/credentials');
  // A hand-edited bad cursor falls back to the first page rather than failing the page.
  const query = apiClientListQuerySchema.safeParse({ starting_after: (await searchParams).starting_after });
  const [t, developers, describeScope, formatting] = await Promise.all([
    getTranslations('adminCredentials'),
    getTranslations('developers'),
    getTranslations('scopeDescriptions'),
    getFormatting(),
  ]);
  // The operator's own account is the platform's, so its caller lists and creates the platform's clients.
  const clients = await listApiClients(await getDb(), callerFromUser(user), query.success ? query.data : undefined);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href="/docs" className="text-sm font-medium text-brand-700 hover:underline">
            {developers('apiReference')}
          </Link>
        }
      />
      <section aria-labelledby="new-credentials" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="new-credentials" className="mb-1 text-lg font-semibold">
          {developers('newCredentials')}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t('managementHint')}</p>
        <CreateCredentialsForm scopes={grantableScopes('platform').map((scope) => ({ scope, description: describeScope(scope) }))} createCredentials={createPlatformCredentialsAction} />
      </section>
      <section aria-labelledby="credentials-list" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="credentials-list" className="px-4 pt-4 text-lg font-semibold">
          {developers('credentials')}
        </h2>
        <CredentialsTable rows={clients.rows.map((client) => toCredentialsRow(client, formatting))} actions={{ rotate: rotatePlatformCredentialsAction, revoke: revokePlatformCredentialsAction }} />
      </section>
      <Pagination nextCursor={clients.nextCursor} params={{}} onFirstPage={!query.success || !query.data.starting_after} />
    </>
  );
}
