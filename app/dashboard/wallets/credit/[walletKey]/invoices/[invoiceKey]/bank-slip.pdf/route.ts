import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { currentUser } from '@/lib/auth/session';
import { boletoSlipPdf } from '@/lib/boleto/slip-pdf';
import { isAppError } from '@/lib/errors/app-error';
import { invoiceBankSlip } from '@/lib/invoices/slip';

// GET /dashboard/wallets/credit/{walletKey}/invoices/{invoiceKey}/bank-slip.pdf – the invoice's bank slip as a PDF, for the signed-in owner of its wallet

const noStore = { 'Cache-Control': 'private, no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ walletKey: string; invoiceKey: string }> }): Promise<Response> {
  const user = await currentUser();
  if (!user) return new Response('Sign in to download the bank slip', { status: 401, headers: noStore });
  const { walletKey, invoiceKey } = await params;
  try {
    // Scoped to the user's account: another account's wallet or invoice, or one with no slip, is a plain 404.
    const slip = await invoiceBankSlip(await getDb(), callerFromUser(user), walletKey, invoiceKey);
    const pdf = await boletoSlipPdf(slip);
    return new Response(Buffer.from(pdf), {
      headers: { ...noStore, 'Content-Type': 'application/pdf', 'Content-Disposition': `inline; filename="fatura-${slip.ourNumber}.pdf"` },
    });
  } catch (error) {
    if (isAppError(error) && error.status === 404) return new Response('Bank slip not found', { status: 404, headers: noStore });
    throw error;
  }
}
