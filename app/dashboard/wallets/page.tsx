import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { PageHeader } from '@/components/shell/page-header';

export const metadata: Metadata = { title: 'Wallets' };

export default function Page() {
  return (
    <>
      <PageHeader title="Wallets" />
      <NotBuiltYet area="Wallets" />
    </>
  );
}
