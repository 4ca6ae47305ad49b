import type { IncomingMessage, ServerResponse } from 'node:http';
import { malformedPathAnswer } from './malformed-path';
import { clientAddress, type TrustedProxies } from './peer-address';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * What server.ts puts in front of Next.js's handler: a path that does not decode is answered here
 * (Next.js would throw on it before any route runs), and `X-Forwarded-For` is replaced by the one
 * client address resolved from the socket's peer and the trusted proxies, so everything behind
 * (`clientIpFrom`) reads an address nobody could forge.
 */
export function frontDoor(handle: Handler, options: { trustedProxies: TrustedProxies }) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const refusal = malformedPathAnswer(request.url ?? '/');
    if (refusal) {
      response.writeHead(refusal.status, { ...refusal.headers, 'X-Content-Type-Options': 'nosniff' });
      response.end(refusal.body);
      return;
    }
    const forwarded = request.headers['x-forwarded-for'];
    request.headers['x-forwarded-for'] = clientAddress(
      request.socket.remoteAddress,
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      options.trustedProxies,
    );
    void handle(request, response);
  };
}
