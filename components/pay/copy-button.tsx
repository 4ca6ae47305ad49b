'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { secondaryButtonClass } from '@/components/ui/field';

/**
 * Copies `text` to the clipboard (a Pix code, a boleto line) and says so to screen readers. Where
 * the clipboard is refused (an insecure origin, a denied permission) it says how to copy by hand;
 * the text is always on the page, selectable.
 */
export function CopyButton({ text, label, className = secondaryButtonClass }: { text: string; label: string; className?: string }) {
  const t = useTranslations('payPage');
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={className} onClick={copy}>
        {label}
      </button>
      <span role="status" className={`text-sm ${outcome === 'failed' ? 'text-red-700' : 'text-emerald-700'}`}>
        {outcome === 'copied' ? t('copied') : outcome === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
