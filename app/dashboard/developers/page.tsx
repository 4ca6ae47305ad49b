import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CreateCredentialsForm } from '@/components/developers/create-credentials-form';
import { CredentialsTable } from '@/components/developers/credentials-table';
import { PageHeader } from '@/components/shell/page-header';
import { Pagination } from '@/components/ui/pagination';
import { getDb } from '@/db/client';
import { can } from '@/lib/access/permissions';
import { grantableScopes } from '@/lib/api/scopes';
import { callerFromUser } from '@/lib/auth/caller';
import { requireUser } from '@/lib/auth/session';
import { getFormatting } from '@/lib/i18n/formatting';
import { listApiClients } from '@/lib/credentials/manage';
import { toCredentialsRow } from '@/components/developers/credentials-row';
import { apiClientListQuerySchema } from '@/lib/credentials/schemas';
import { createCredentialsAction, revokeCredentialsAction, rotateCredentialsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('developers'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DevelopersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('/dashboard/developers');
  const canManage = can(user.role, 'credentials.manage');
  // A hand-edited bad cursor falls back to the first page rather than failing the page.
  const query = apiClientListQuerySchema.safeParse({ starting_after: (await searchParams).starting_after });
  const [t, describeScope, formatting] = await Promise.all([getTranslations('developers'), getTranslations('scopeDescriptions'), getFormatting()]);
  const clients = await listApiClients(await getDb(), callerFromUser(user), query.success ? query.data : undefined);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <div className="flex gap-4">
            <Link href="/dashboard/developers/webhooks" className="text-sm font-medium text-brand-700 hover:underline">
              {t('webhooks')}
            </Link>
            <Link href="/docs" className="text-sm font-medium text-brand-700 hover:underline">
              {t('apiReference')}
            </Link>
          </div>
        }
      />
      {canManage ? (
        <section aria-labelledby="new-credentials" className="mb-8 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="new-credentials" className="mb-4 text-lg font-semibold">
            {t('newCredentials')}
          </h2>
          <CreateCredentialsForm scopes={grantableScopes('merchant').map((scope) => ({ scope, description: describeScope(scope) }))} createCredentials={createCredentialsAction} />
        </section>
      ) : null}
      <section aria-labelledby="credentials-list" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="credentials-list" className="px-4 pt-4 text-lg font-semibold">
          {t('credentials')}
        </h2>
        <CredentialsTable rows={clients.rows.map((client) => toCredentialsRow(client, formatting))} actions={canManage ? { rotate: rotateCredentialsAction, revoke: revokeCredentialsAction } : null} />
      </section>
      <Pagination nextCursor={clients.nextCursor} params={{}} onFirstPage={!query.success || !query.data.starting_after} />
    </>
  );
}
