'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

/** How long the outcome stays on screen before the payer goes back to the merchant. */
const REDIRECT_AFTER_MS = 3000;

/** After a payment: back to the merchant's `redirect_url` by itself in a few seconds, or at once by the link. */
export function ReturnToMerchant({ url, merchant }: { url: string; merchant: string }) {
  const t = useTranslations('checkout');
  useEffect(() => {
    const timer = setTimeout(() => window.location.assign(url), REDIRECT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [url]);
  return (
    <p role="status" className="text-sm text-slate-600">
      {t('returning', { merchant })}{' '}
      <a href={url} className="font-medium text-brand-700 hover:underline">
        {t('continue')}
      </a>
    </p>
  );
}
