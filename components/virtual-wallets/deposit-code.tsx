import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { CopyButton } from '@/components/pay/copy-button';
import { InlineSvg } from '@/components/pay/inline-svg';

/**
 * A virtual wallet's deposit reference: the Pix QR and its copy-and-paste BR Code (reusable, any
 * amount, carrying the wallet's own txid), drawn on the server. Without a Pix key on the account
 * there is no code: a way to the settings instead.
 */
export function DepositCode({ code, minimum, deactivated }: { code: { copyPaste: string; qrSvg: string } | null; minimum: string; deactivated: boolean }) {
  const t = useTranslations('virtualWallets.wallet');
  if (!code) {
    return (
      <div className="px-4 py-4 text-sm">
        <p className="text-slate-700">{t('noPixKey')}</p>
        <Link href="/dashboard/settings#pix-title" className="text-brand-700 hover:underline">
          {t('setPixKey')}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-start">
      <InlineSvg svg={code.qrSvg} label={t('qr')} testId="virtual-pix-qr" className="aspect-square w-48 shrink-0" />
      <div className="flex min-w-0 grow flex-col gap-2">
        <p className="text-sm text-slate-600">{t('depositHint', { minimum })}</p>
        {deactivated ? <p className="text-sm text-amber-800">{t('deactivatedNote')}</p> : null}
        <label htmlFor="virtual-pix-code" className="text-sm font-medium text-slate-700">
          {t('code')}
        </label>
        <textarea id="virtual-pix-code" readOnly rows={4} value={code.copyPaste} className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs break-all" />
        <CopyButton text={code.copyPaste} label={t('copy')} />
      </div>
    </div>
  );
}
