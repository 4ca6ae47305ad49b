import { describe, expect, it } from 'vitest';
import { malformedPathAnswer } from './malformed-path';

describe('malformedPathAnswer', () => {
  it('lets every path that decodes through, query strings untouched', () => {
    for (const url of ['/api/v1/bank/wallet/', '/api/v1/bank/wallet/%20x/', '/dashboard/wallets?q=%ZZ', '/api/v1/credit/wallet/%C3%A9']) {
      expect(malformedPathAnswer(url)).toBeNull();
    }
  });

  it('answers a bad escape or an overlong sequence as a 400 in the family dialect', () => {
    const a55 = malformedPathAnswer('/api/v1/bank/wallet/%ZZ/')!;
    expect(a55.status).toBe(400);
    expect(JSON.parse(a55.body)).toMatchObject({ error: 'validation_error', code: 'validation_error' });

    for (const path of ['/api/v1/credit/wallet/%C0%AF', '/api/v1/sandbox/credit/wallets/%ZZ/invoice/close']) {
      const qi = malformedPathAnswer(path)!;
      expect(qi.status).toBe(400);
      expect(JSON.parse(qi.body), path).toMatchObject({ title: 'Bad Request', code: 'QIT000001' });
    }

    for (const path of ['/api/v1/bank/wallet/charge/%ZZ/', '/api/v1/sandbox/charges/%C0%AF/dispute']) {
      expect(JSON.parse(malformedPathAnswer(path)!.body), path).toMatchObject({ status: 'error', message: [{ code: 'validation_error' }] });
    }

    const oauth = malformedPathAnswer('/api/oauth2/token%E0%A4%A')!;
    expect(JSON.parse(oauth.body)).toEqual({ error: 'invalid_request', error_description: 'The path is not valid percent-encoded UTF-8' });

    const page = malformedPathAnswer('/dashboard/wallets/%ED%A0%80')!;
    expect(page.status).toBe(400);
    expect(page.headers['Content-Type']).toMatch(/^text\/plain/);
  });
});
