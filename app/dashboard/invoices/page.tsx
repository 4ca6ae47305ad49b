import type { Metadata } from 'next';
import { NotBuiltYet } from '@/components/shell/not-built-yet';
import { PageHeader } from '@/components/shell/page-header';

export const metadata: Metadata = { title: 'Invoices' };

export default function Page() {
  return (
    <>
      <PageHeader title="Invoices" />
      <NotBuiltYet area="Invoices" />
    </>
  );
}
