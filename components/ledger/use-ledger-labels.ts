import { useTranslations } from 'next-intl';

/**
 * Ledger words people read: what moved the money (`card_capture` → "Card capture") and which
 * account it moved (`pending` of a wallet → "Wallet · pending"). A kind or account this catalogue
 * does not know yet is shown by its code rather than hidden.
 */
export function useLedgerLabels() {
  const t = useTranslations('ledger');
  return {
    kind: (kind: string) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}` as 'kinds.refund') : kind),
    account: (code: string, ofWallet: boolean) => {
      const key = `${ofWallet ? 'walletAccounts' : 'platformAccounts'}.${code}`;
      return t.has(key) ? t(key as 'walletAccounts.pending') : code;
    },
  };
}
