import QRCode from 'qrcode';
import { getDb } from '@/db/client';
import { callerFromUser } from '@/lib/auth/caller';
import { currentUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors/app-error';
import { getPaymentLink } from '@/lib/payment-links/queries';
import { paymentLinkParamsSchema } from '@/lib/payment-links/schemas';
import { checkoutUrl } from '@/lib/payment-links/serialize';

// GET /dashboard/payment-links/{paymentLinkUuid}/qr.png – the QR code of a link's checkout URL, for its signed-in owner, as a PNG download

const noStore = { 'Cache-Control': 'private, no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ paymentLinkUuid: string }> }) {
  const user = await currentUser();
  if (!user) return new Response('Sign in to download the QR code', { status: 401, headers: noStore });
  const { paymentLinkUuid } = await params;
  if (!paymentLinkParamsSchema.safeParse({ payment_link_uuid: paymentLinkUuid }).success) return notFound();
  let uuid: string;
  try {
    // Another account's link (or none) is a plain 404.
    uuid = (await getPaymentLink(await getDb(), callerFromUser(user), paymentLinkUuid)).paymentLinkUuid;
  } catch (error) {
    if (isAppError(error) && error.status === 404) return notFound();
    throw error;
  }
  // Printed on a counter or a flyer: error correction M still reads through a crease, 10 px modules print sharp.
  const png = await QRCode.toBuffer(checkoutUrl(uuid), { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 10 });
  return new Response(new Uint8Array(png), {
    headers: { ...noStore, 'Content-Type': 'image/png', 'Content-Disposition': `attachment; filename="payment-link-${uuid}.png"` },
  });
}

const notFound = () => new Response('Payment link not found', { status: 404, headers: noStore });
