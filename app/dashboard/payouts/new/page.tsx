import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { RequestPayoutForm } from '@/components/payouts/request-payout-form';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { getAccount } from '@/lib/accounts/queries';
import type { PixKeyType } from '@/lib/payouts/destinations';
import { callerFromUser } from '@/lib/auth/caller';
import { requirePermission } from '@/lib/auth/session';
import { availableBalances } from '@/lib/ledger/balances';
import { payoutFeeFor } from '@/lib/payouts/pricing';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';
import { requestPayoutAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('payouts'))('form.title') };
}

/** "Request payout": the account's active BRL payment wallets, each with its available balance and its merchant's Pix fee. */
export default async function RequestPayoutPage() {
  const user = await requirePermission('payouts.manage', '/dashboard/payouts/new');
  const db = await getDb();
  const caller = callerFromUser(user);
  const wallets = await listPaymentWallets(db, caller, walletListQuerySchema.parse({ status: 'active', currency: 'BRL', limit: 100 }));
  // The page's wallets are the caller's own (listed above), so their balances are read by uuid.
  const [balances, fees, t, account] = await Promise.all([
    availableBalances(
      db,
      wallets.rows.map((wallet) => wallet.walletUuid),
    ),
    Promise.all(wallets.rows.map((wallet) => payoutFeeFor(db, wallet.merchantUuid, 'pix'))),
    getTranslations('payouts'),
    getAccount(db, caller.entityUuid),
  ]);
  const destination = account?.payoutDestination as { type_payout?: string; pix_destination?: { pix_address_key_type: PixKeyType; pix_address_key: string } } | null | undefined;
  const defaultPixKey = destination?.type_payout === 'pix' && destination.pix_destination ? { type: destination.pix_destination.pix_address_key_type, key: destination.pix_destination.pix_address_key } : null;
  const options = wallets.rows.map((wallet, index) => ({
    walletUuid: wallet.walletUuid,
    label: wallet.name ?? wallet.customerId ?? wallet.walletUuid,
    availableMinor: (balances.get(wallet.walletUuid) ?? 0n).toString(),
    feeMinor: fees[index]!.toString(),
  }));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/payouts" className="text-brand-700 hover:underline">
          {t('form.back')}
        </Link>
      </p>
      <PageHeader title={t('form.title')} description={t('form.intro')} />
      <RequestPayoutForm wallets={options} requestPayout={requestPayoutAction} defaultPixKey={defaultPixKey} />
    </>
  );
}
