// The API reference: Redoc renders /api/openapi.json in the browser. Its bundle is served from our
// own node_modules (app/docs/redoc.standalone.js) rather than a CDN, so the page works offline and
// under our content policy: the script carries this response's nonce (see proxy.ts), and Redoc's
// own chunks and workers load under 'strict-dynamic'. (Scalar's Next.js adapter only loads its
// renderer from a CDN.)
function page(nonce: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Wallet Platform API reference</title>
    <link rel="icon" href="/icon.svg" type="image/svg+xml" />
    <style nonce="${nonce}">body { margin: 0; }</style>
  </head>
  <body>
    <redoc spec-url="/api/openapi.json" required-props-first="true" path-in-middle-panel="true"></redoc>
    <script nonce="${nonce}" src="/docs/redoc.standalone.js"></script>
  </body>
</html>
`;
}

export function GET(request: Request): Response {
  // The nonce is fresh per response, so the page is never reused from a cache.
  const nonce = request.headers.get('x-nonce') ?? '';
  return new Response(page(nonce), { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
