import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { creditWallet, wallet, type CreditWalletType, type WalletStatus } from '@/db/schema';
import type { InvoiceConfiguration, PayrollInvoiceConfiguration } from '@/lib/credit/invoice-configuration';

/** What the invoice cycle of one credit wallet reads: whose it is, its kind, status and invoice configuration. */
export interface InvoiceWallet {
  walletUuid: string;
  entityUuid: string;
  walletType: CreditWalletType;
  status: WalletStatus;
  config: InvoiceConfiguration | PayrollInvoiceConfiguration;
}

/**
 * The wallet, its credit row locked (FOR NO KEY UPDATE, which new items and invoices referencing it
 * do not wait for) so the daily job and a sandbox call never advance the same wallet's invoices at
 * once.
 */
export async function lockInvoiceWallet(db: DbOrTx, walletUuid: string): Promise<InvoiceWallet | null> {
  const [row] = await db
    .select({
      walletUuid: creditWallet.walletUuid,
      entityUuid: creditWallet.entityUuid,
      walletType: creditWallet.walletType,
      status: wallet.status,
      config: creditWallet.invoiceConfiguration,
    })
    .from(creditWallet)
    .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
    .where(eq(creditWallet.walletUuid, walletUuid))
    .for('no key update', { of: creditWallet });
  return row ? { ...row, config: row.config as unknown as InvoiceWallet['config'] } : null;
}

/** Late charges apply to default wallets; payroll wallets have no fine or interest (seed 004). */
export function lateChargeRates(config: InvoiceWallet['config']): { fine_percentage: string; monthly_interest_percentage: string } | null {
  return 'fine_percentage' in config ? { fine_percentage: config.fine_percentage, monthly_interest_percentage: config.monthly_interest_percentage } : null;
}
