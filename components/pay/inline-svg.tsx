/**
 * An SVG drawn on the server (the Pix QR, the boleto barcode) placed inline in the page: it needs
 * no image request and no `data:` URL, scales without blur, and prints sharp. The markup comes
 * from our own generators (qrcode, bwip-js), never from user input. Sized by its container;
 * `stretch` fills it exactly (a barcode's bars widen evenly), otherwise it keeps its proportions.
 */
export function InlineSvg({ svg, label, className, testId, stretch }: { svg: string; label: string; className?: string; testId?: string; stretch?: boolean }) {
  let markup = svg.replace(/^<\?xml[^>]*>\s*/, '');
  if (stretch) markup = markup.replace(/^<svg\b/, '<svg preserveAspectRatio="none"');
  return (
    <div
      role="img"
      aria-label={label}
      data-testid={testId}
      className={`[&>svg]:block [&>svg]:h-full [&>svg]:w-full ${className ?? ''}`}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
