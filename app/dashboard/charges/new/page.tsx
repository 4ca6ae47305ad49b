import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { TestCard } from '@/components/charges/card-fields';
import { NewChargeForm } from '@/components/charges/new-charge-form';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { requirePermission } from '@/lib/auth/session';
import { SANDBOX_READY_CARDS } from '@/lib/charges/acquirer/sandbox';
import { defaultBoletoDueDate } from '@/lib/charges/boleto-charge';
import { isProductionApp } from '@/lib/env';
import type { WalletCurrency } from '@/lib/money/currency';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';
import { createChargeAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('newCharge'))('form') };
}

/** Reference A.11's ready cards by what the sandbox answers them (the last digit decides). */
const TEST_CARDS: TestCard[] = [
  { number: SANDBOX_READY_CARDS[0], outcome: 'authorized' },
  { number: SANDBOX_READY_CARDS[1], outcome: 'declined' },
  { number: SANDBOX_READY_CARDS[2], outcome: 'expired' },
  { number: SANDBOX_READY_CARDS[4], outcome: 'blocked' },
  { number: SANDBOX_READY_CARDS[5], outcome: 'timeout' },
];

export default async function NewChargePage() {
  const user = await requirePermission('payments.manage', '/dashboard/charges/new');
  const [wallets, t] = await Promise.all([
    listPaymentWallets(await getDb(), callerFromUser(user), walletListQuerySchema.parse({ status: 'active', limit: 100 })),
    getTranslations('newCharge'),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/charges" className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('form')} description={t('intro')} />
      <NewChargeForm
        wallets={wallets.rows.flatMap((w) =>
          w.merchantUuid ? [{ walletUuid: w.walletUuid, merchantUuid: w.merchantUuid, currency: w.currency as WalletCurrency, label: `${w.name ?? w.customerId} (${w.currency})` }] : [],
        )}
        // Test cards are refused in production, so they are offered everywhere else only.
        testCards={isProductionApp() ? null : TEST_CARDS}
        defaultDueDate={defaultBoletoDueDate()}
        createCharge={createChargeAction}
      />
    </>
  );
}
