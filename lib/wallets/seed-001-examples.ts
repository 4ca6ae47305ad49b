/**
 * The request bodies of seed 001's code examples (`POST /api/v1/bank/wallet/`), byte for byte as
 * each client puts them on the wire: cURL sends its `-d` text verbatim, Python `requests(json=…)`
 * serializes with `json.dumps` (", " and ": " separators, non-ASCII escaped as \uXXXX), JavaScript
 * with `JSON.stringify`. Only the base URL and the token differ when we replay them.
 */

const ENTITY = '550e8400-e29b-41d4-a716-446655440000';
const MERCHANT = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

/** Python's `json.dumps` defaults (what `requests` sends), for a flat object of strings and booleans. */
function pythonJsonDumps(body: Record<string, string | boolean>): string {
  const escape = (text: string) => JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `{${Object.entries(body)
    .map(([key, value]) => `${escape(key)}: ${typeof value === 'string' ? escape(value) : String(value)}`)
    .join(', ')}}`;
}

export interface SeedRequest {
  example: string;
  body: string;
}

/** "Create wallet" — cURL, Python and JavaScript, each for the seed's demo entity and merchant. */
export const createWalletExamples: SeedRequest[] = [
  {
    example: 'cURL',
    body: `{
"entity_uuid": "550e8400-e29b-41d4-a716-446655440000",
"customer_id": "cust_12345",
"currency": "BRL",
"name": "Loja São Paulo — BRL",
"email": "financeiro@loja-sp.com.br",
"create_credentials": true,
"merchant_uuid": "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
}`,
  },
  {
    example: 'Python',
    body: pythonJsonDumps({
      entity_uuid: ENTITY,
      customer_id: 'cust_12345',
      currency: 'BRL',
      name: 'Loja São Paulo — BRL',
      email: 'financeiro@loja-sp.com.br',
      create_credentials: true,
      merchant_uuid: MERCHANT,
    }),
  },
  {
    example: 'JavaScript',
    body: JSON.stringify({
      entity_uuid: ENTITY,
      customer_id: 'cust_12345',
      currency: 'BRL',
      name: 'Loja São Paulo — BRL',
      email: 'financeiro@loja-sp.com.br',
      create_credentials: true,
      merchant_uuid: MERCHANT,
    }),
  },
];

/** "Complete example — multi-currency setup": a BRL wallet with credentials, then an MXN one without. */
export const multiCurrencyExamples: SeedRequest[][] = [
  [
    {
      example: 'cURL (BRL)',
      body: `{
"entity_uuid": "550e8400-e29b-41d4-a716-446655440000",
"customer_id": "cust_12345",
"currency": "BRL",
"name": "LatAm Store — BRL",
"email": "finance@latamstore.com",
"create_credentials": true
}`,
    },
    {
      example: 'cURL (MXN)',
      body: `{
"entity_uuid": "550e8400-e29b-41d4-a716-446655440000",
"customer_id": "cust_12345",
"currency": "MXN",
"name": "LatAm Store — MXN",
"email": "finance@latamstore.com",
"create_credentials": false
}`,
    },
  ],
  (['BRL', 'MXN'] as const).map((currency) => ({
    example: `Python (${currency})`,
    body: pythonJsonDumps({
      entity_uuid: ENTITY,
      customer_id: 'cust_12345',
      currency,
      name: `LatAm Store — ${currency}`,
      email: 'finance@latamstore.com',
      create_credentials: currency === 'BRL',
    }),
  })),
  (['BRL', 'MXN'] as const).map((currency) => ({
    example: `JavaScript (${currency})`,
    body: JSON.stringify({
      entity_uuid: ENTITY,
      customer_id: 'cust_12345',
      currency,
      name: `LatAm Store — ${currency}`,
      email: 'finance@latamstore.com',
      create_credentials: currency === 'BRL',
    }),
  })),
];
