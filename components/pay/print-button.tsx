'use client';

import { buttonClass } from '@/components/ui/field';

/** Opens the browser's print dialog (the slip's print styles hide this button on paper). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonClass} onClick={() => window.print()}>
      {label}
    </button>
  );
}
