import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { NewPaymentLinkForm } from '@/components/payment-links/new-payment-link-form';
import { PageHeader } from '@/components/shell/page-header';
import { getDb } from '@/db/client';
import { listMerchants } from '@/lib/accounts/queries';
import { callerFromUser } from '@/lib/auth/caller';
import { requirePermission } from '@/lib/auth/session';
import { MESSAGES } from '@/lib/i18n/catalogues';
import type { WalletCurrency } from '@/lib/money/currency';
import { listPaymentWallets } from '@/lib/wallets/queries';
import { walletListQuerySchema } from '@/lib/wallets/schemas';
import { createPaymentLinkAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('newPaymentLink'))('form') };
}

export default async function NewPaymentLinkPage() {
  const user = await requirePermission('payments.manage', '/dashboard/payment-links/new');
  const db = await getDb();
  const caller = callerFromUser(user);
  const [wallets, merchants, t] = await Promise.all([
    listPaymentWallets(db, caller, walletListQuerySchema.parse({ status: 'active', limit: 100 })),
    listMerchants(db, caller),
    getTranslations('newPaymentLink'),
  ]);
  // The checkout speaks its payer's language, whatever the merchant reads: the preview needs each.
  const checkoutMessages = { en: MESSAGES.en.checkout, 'pt-BR': MESSAGES['pt-BR'].checkout, 'es-MX': MESSAGES['es-MX'].checkout };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard/payment-links" className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={t('form')} description={t('intro')} />
      <NewPaymentLinkForm
        wallets={wallets.rows.flatMap((w) => {
          const merchant = merchants.find((m) => m.merchantUuid === w.merchantUuid);
          return merchant
            ? [{ walletUuid: w.walletUuid, merchantUuid: merchant.merchantUuid, merchantName: merchant.name || merchant.softDescription, currency: w.currency as WalletCurrency, label: `${w.name ?? w.customerId} (${w.currency})` }]
            : [];
        })}
        createPaymentLink={createPaymentLinkAction}
        checkoutMessages={checkoutMessages}
      />
    </>
  );
}
