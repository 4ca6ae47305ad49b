import type { ReactNode } from 'react';

/** The checkout's page: one narrow column, mobile first, in the link's language. */
export function CheckoutShell({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <main lang={locale} className="mx-auto flex min-h-screen w-full max-w-lg flex-col gap-4 px-4 py-6 sm:py-10">
      {children}
    </main>
  );
}
