import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact';

describe('redactSecrets', () => {
  it('nulls every client_secret however deep, keeping numbers as written', () => {
    const body = '{"wallet_uuid":"w","balance":5000.00,"credentials":{"client_id":"c","client_secret":"sk_test_abc"},"list":[{"client_secret":"sk_test_def"}]}';
    expect(redactSecrets(body)).toBe('{"wallet_uuid":"w","balance":5000.00,"credentials":{"client_id":"c","client_secret":null},"list":[{"client_secret":null}]}');
  });

  it('leaves bodies without secrets byte for byte', () => {
    const body = '{ "amount": 10.50,  "status": "ok" }';
    expect(redactSecrets(body)).toBe(body);
  });

  it('nulls webhook signing secrets and the camelCase secrets of dashboard answers too', () => {
    const body = '{"endpoint_uuid":"e","signing_secret":"whsec_1","result":{"clientSecret":"sk_2","signingSecret":"whsec_3"}}';
    expect(redactSecrets(body)).toBe('{"endpoint_uuid":"e","signing_secret":null,"result":{"clientSecret":null,"signingSecret":null}}');
  });

  it('blanks an issued card’s number and CVV, and leaves an address’s number alone', () => {
    const body = '{"card":{"brand":"visa","last_four_digits":"1234","number":"4987650000001234","cvv":"123"},"address":{"number":"100"}}';
    expect(redactSecrets(body)).toBe('{"card":{"brand":"visa","last_four_digits":"1234","number":null,"cvv":null},"address":{"number":"100"}}');
  });

  it('blanks invitation links, the API’s and the dashboard’s, whose token is a credential', () => {
    const body = '{"invitation":{"email":"a@b.test","invitation_link":"https://x/invitations/inv_1"},"result":{"invitation":{"email":"a@b.test","link":"https://x/invitations/inv_2"}},"payment_link":{"link":"https://x/checkout/1"}}';
    expect(redactSecrets(body)).toBe('{"invitation":{"email":"a@b.test","invitation_link":null},"result":{"invitation":{"email":"a@b.test","link":null}},"payment_link":{"link":"https://x/checkout/1"}}');
  });
});
