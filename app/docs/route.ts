// The API reference: Redoc renders /api/openapi.json in the browser. Its bundle is served from our
// own node_modules (app/docs/redoc.standalone.js) rather than a CDN, so the page works offline and
// under a strict content policy. (Scalar's Next.js adapter only loads its renderer from a CDN.)
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Wallet Platform API reference</title>
    <style>body { margin: 0; }</style>
  </head>
  <body>
    <redoc spec-url="/api/openapi.json" required-props-first="true" path-in-middle-panel="true"></redoc>
    <script src="/docs/redoc.standalone.js"></script>
  </body>
</html>
`;

export function GET(): Response {
  return new Response(PAGE, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}
