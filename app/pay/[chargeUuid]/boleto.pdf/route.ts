import { getDb } from '@/db/client';
import { boletoSlipPdf } from '@/lib/boleto/slip-pdf';
import { boletoSlip } from '@/lib/charges/boleto-slip';
import { publicChargeParamsSchema } from '@/lib/charges/schemas';
import { isAppError } from '@/lib/errors/app-error';

// GET /pay/{charge_uuid}/boleto.pdf – the boleto slip as a PDF (public, like the slip: the charge id is the capability)
export async function GET(_request: Request, { params }: { params: Promise<{ chargeUuid: string }> }): Promise<Response> {
  const { chargeUuid } = await params;
  if (!publicChargeParamsSchema.safeParse({ uuid: chargeUuid }).success) return notFound();
  try {
    const slip = await boletoSlip(await getDb(), chargeUuid);
    const pdf = await boletoSlipPdf(slip);
    return new Response(Buffer.from(pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="boleto-${slip.ourNumber}.pdf"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (isAppError(error) && error.status === 404) return notFound();
    throw error;
  }
}

function notFound(): Response {
  return new Response('Boleto não encontrado.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
