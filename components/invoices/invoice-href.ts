/** Where the dashboard shows one invoice of a credit wallet, and its bank slip's PDF. */
export function invoiceHref(walletKey: string, invoiceKey: string): string {
  return `/dashboard/wallets/credit/${walletKey}/invoices/${invoiceKey}`;
}

export function bankSlipPdfHref(walletKey: string, invoiceKey: string): string {
  return `${invoiceHref(walletKey, invoiceKey)}/bank-slip.pdf`;
}
