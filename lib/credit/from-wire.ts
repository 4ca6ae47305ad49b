import { money } from '@/lib/money/money';
import type { NewCreditWallet } from './create-wallet';
import type { CreateCreditWallet } from './schemas';

/** Seed 002's create body (as both doors parse it) in the service's terms; credit is in reais. */
export function toNewCreditWallet(body: CreateCreditWallet): NewCreditWallet {
  return {
    requestControlKey: body.request_control_key,
    walletType: body.wallet_type,
    owner: body.owner ?? null,
    personKey: body.person_key ?? null,
    invoiceConfiguration: body.invoice_configuration,
    limits: {
      postpaidCreditLimit: money(body.limits.postpaid_credit_limit, 'BRL'),
      ...('payroll_withdraw_limit' in body.limits ? { payrollWithdrawLimit: money(body.limits.payroll_withdraw_limit, 'BRL') } : {}),
    },
  };
}
