import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { PageHeader } from '@/components/shell/page-header';

export const metadata: Metadata = { title: 'Payment links' };

export default function Page() {
  return (
    <>
      <PageHeader title="Payment links" />
      <NotBuiltYet area="Payment links" />
    </>
  );
}
