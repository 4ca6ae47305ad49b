'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { ActionResult } from '@/lib/actions/run-action';
import { StatusBadge, type StatusKind, type StatusOf } from './status-badge';

export const LIVE_POLL_MS = 3_000;

/**
 * A status badge that keeps itself current while the status is one that changes on its own (a
 * delivery being attempted, a wallet in KYC analysis): it polls `read` and, when what it reads
 * differs from what the page was rendered with, refreshes the page's server data so the rest of
 * the page (attempts, the KYC outcome) follows. Polling stops once the status settles, and in
 * background tabs.
 */
export function LiveStatus<K extends StatusKind, Snapshot extends { status: StatusOf<K> }>({
  kind,
  queryKey,
  initial,
  whilePending,
  read,
}: {
  kind: K;
  queryKey: readonly string[];
  /** What the page was rendered with. */
  initial: Snapshot;
  /** The status that is still expected to change. */
  whilePending: StatusOf<K>;
  read: () => Promise<ActionResult<Snapshot>>;
}) {
  const t = useTranslations('common');
  const router = useRouter();
  const { data = initial } = useQuery({
    queryKey,
    queryFn: async () => {
      const result = await read();
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.status === whilePending ? LIVE_POLL_MS : false),
  });

  const rendered = useRef(JSON.stringify(initial));
  useEffect(() => {
    rendered.current = JSON.stringify(initial);
  }, [initial]);
  useEffect(() => {
    if (JSON.stringify(data) !== rendered.current) router.refresh();
  }, [data, router]);

  return (
    <span className="inline-flex items-center gap-2">
      <StatusBadge kind={kind} status={data.status} />
      {data.status === whilePending ? <span className="text-xs text-slate-500">{t('updatesLive')}</span> : null}
    </span>
  );
}
