'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { ActionResult } from '@/lib/actions/run-action';
import type { WalletCurrency } from '@/lib/money/currency';
import { BalanceFigures } from './balance-figures';

/** How often an open wallet page reads its balances: money arrives without the merchant doing anything (a Pix, a boleto). */
export const BALANCE_POLL_MS = 5_000;

type BalanceText = { available: string; pending: string; reserved: string };

/**
 * A wallet's three balances, kept current while the page is open and visible: a Pix paid or a
 * boleto settled shows up without a reload, and the page's server data (the statement) is
 * refreshed to follow. Reads through the page's own server action (the signed-in owner's session),
 * not the token API.
 */
export function LiveBalanceFigures({
  walletUuid,
  currency,
  initial,
  read,
  testIds,
}: {
  walletUuid: string;
  currency: WalletCurrency;
  initial: BalanceText;
  read: (input: { wallet_uuid: string }) => Promise<ActionResult<BalanceText>>;
  testIds?: Parameters<typeof BalanceFigures>[0]['testIds'];
}) {
  const router = useRouter();
  // Keyed by what the server rendered: a refreshed page starts from its own figures.
  const { data = initial } = useQuery({
    queryKey: ['wallet-balances', walletUuid, initial.available, initial.pending, initial.reserved],
    queryFn: async () => {
      const result = await read({ wallet_uuid: walletUuid });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    initialData: initial,
    refetchInterval: BALANCE_POLL_MS,
  });
  const changed = data.available !== initial.available || data.pending !== initial.pending || data.reserved !== initial.reserved;
  useEffect(() => {
    if (changed) router.refresh();
  }, [changed, router]);
  return (
    <BalanceFigures
      balances={{ available: BigInt(data.available), pending: BigInt(data.pending), reserved: BigInt(data.reserved) }}
      currency={currency}
      testIds={testIds}
    />
  );
}
