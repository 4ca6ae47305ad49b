import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Wallet Platform', template: '%s · Wallet Platform' },
  description: 'Wallets, payments and credit for payment facilitators in Latin America.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next.js can stamp its scripts with the request's CSP nonce
  // (proxy.ts) only then; a page prerendered at build time would carry none and not hydrate.
  await connection();
  return (
    <html lang={await getLocale()}>
      <body>
        {/* Hands the request's language, time zone and messages to client components. */}
        <NextIntlClientProvider>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
