'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { ChargeMethod, ChargeStatus } from '@/db/schema';
import { awaitsPayment, payerState, type PayerState } from '@/lib/charges/payer-state';

/** How often a waiting page asks for its charge's status: a Pix arrives within seconds of the payer's confirmation. */
export const PAYMENT_POLL_MS = 2_000;

const TONES: Record<PayerState, string> = {
  awaiting: 'bg-amber-50 text-amber-900 ring-amber-200',
  paid: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  settling: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  processing: 'bg-amber-50 text-amber-900 ring-amber-200',
  expired: 'bg-slate-100 text-slate-700 ring-slate-300',
  canceled: 'bg-slate-100 text-slate-700 ring-slate-300',
  failed: 'bg-red-50 text-red-800 ring-red-200',
  refunded: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/**
 * The payer's view of the charge's status, kept current while a Pix or boleto waits for its
 * payment: it asks the public status endpoint every 2 s (pausing in background tabs, and for as
 * long as a 429's Retry-After asks), stops once the status settles, and then refreshes the page's
 * server data, so the QR or the line gives way to what happened.
 */
export function LivePaymentStatus({ chargeUuid, method, initialStatus, expired }: { chargeUuid: string; method: ChargeMethod; initialStatus: ChargeStatus; expired: boolean }) {
  const t = useTranslations('payPage');
  const router = useRouter();
  const resumeAt = useRef(0);
  const { data: status = initialStatus } = useQuery({
    // Keyed by what the server rendered too: a refreshed page starts from its own status.
    queryKey: ['public-charge-status', chargeUuid, initialStatus],
    queryFn: async (): Promise<ChargeStatus> => {
      const response = await fetch(`/api/v1/bank/public/charge/${chargeUuid}/`, { cache: 'no-store', headers: { Accept: 'application/json' } });
      if (response.status === 429) {
        resumeAt.current = Date.now() + (Number(response.headers.get('Retry-After')) || 10) * 1000;
        throw new Error('rate limited');
      }
      if (!response.ok) throw new Error(`status ${response.status}`);
      return ((await response.json()) as { status: ChargeStatus }).status;
    },
    initialData: initialStatus,
    retry: false,
    refetchInterval: (query) => (awaitsPayment(method, query.state.data ?? initialStatus) ? Math.max(PAYMENT_POLL_MS, resumeAt.current - Date.now()) : false),
  });

  useEffect(() => {
    if (status !== initialStatus) router.refresh();
  }, [status, initialStatus, router]);

  // Until the refreshed page says why, a charge that was waiting and is now canceled reads as canceled.
  const state = payerState(method, status, status === initialStatus && expired);
  return (
    <div role="status" aria-live="polite" data-testid="payment-status" data-state={state} className="flex flex-wrap items-center gap-2">
      <span className={`inline-flex items-center rounded-full px-3 py-1 text-sm font-semibold ring-1 ring-inset ${TONES[state]}`}>{t(`states.${state}`)}</span>
      {awaitsPayment(method, status) ? <span className="text-xs text-slate-500">{t('live')}</span> : null}
    </div>
  );
}
