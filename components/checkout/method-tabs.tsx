'use client';

import { useTranslations } from 'next-intl';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { PaymentLinkMethod } from '@/db/schema';

/**
 * One tab per method the link takes (WAI-ARIA tabs): the arrow keys, Home and End move between
 * them and choose as they go; Tab leaves the tab list for the chosen panel.
 */
export function MethodTabs({
  idPrefix,
  methods,
  selected,
  onSelect,
  children,
}: {
  idPrefix: string;
  methods: readonly PaymentLinkMethod[];
  selected: PaymentLinkMethod;
  onSelect: (method: PaymentLinkMethod) => void;
  /** The chosen method's panel. */
  children: ReactNode;
}) {
  const t = useTranslations('checkout');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  function move(event: KeyboardEvent, index: number) {
    const last = methods.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(methods[target]!);
    tabs.current[target]?.focus();
  }

  return (
    <div className="flex flex-col gap-4">
      <div role="tablist" aria-label={t('methods')} className="grid auto-cols-fr grid-flow-col gap-1 rounded-lg bg-slate-100 p-1">
        {methods.map((method, index) => (
          <button
            key={method}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${method}`}
            aria-selected={method === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={method === selected ? 0 : -1}
            onClick={() => onSelect(method)}
            onKeyDown={(event) => move(event, index)}
            className={`rounded-md px-3 py-2.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 ${
              method === selected ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {t(`method.${method}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
