import QRCode from 'qrcode';

/**
 * The Pix QR image. Error correction M is what PSPs print (a smudge or a logo-free crease still
 * reads) without growing the code past what a phone camera focuses on from a screen; a 2-module
 * quiet zone is enough on a white page and keeps the image compact. Whole pixels per module
 * (`scale`) keep the edges sharp when the browser scales the image.
 */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2, scale: 8 } as const;
const PNG_DATA_URL = 'data:image/png;base64,';

/** PNG as bare base64, the shape of A55's `pix_payload.qr_code_base64` (no `data:` prefix). */
export async function pixQrPngBase64(payload: string): Promise<string> {
  const url = await QRCode.toDataURL(payload, { ...OPTIONS, type: 'image/png' });
  if (!url.startsWith(PNG_DATA_URL)) throw new Error('qrcode did not answer with a PNG data URL');
  return url.slice(PNG_DATA_URL.length);
}

/** An SVG document for pages, which scales without blur at any size. */
export async function pixQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { ...OPTIONS, type: 'svg' });
}
