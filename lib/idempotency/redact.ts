import { isLosslessNumber, parseJson, stringifyJson } from '@/lib/http/json';

/**
 * Body fields that are shown once and never stored, not even for a replay: API client secrets,
 * webhook signing secrets and invitation links (the token in them is a credential, stored only as a
 * hash), as the API (snake_case) and the dashboard's actions (camelCase) name them,
 * and an issued card's number and CVV (the fields of a `card` object, which elsewhere are plain
 * words: an address has a `number` too).
 */
const SECRET_FIELDS = new Set(['client_secret', 'signing_secret', 'invitation_link', 'clientSecret', 'signingSecret']);
const CARD_FIELDS = new Set([...SECRET_FIELDS, 'number', 'cvv']);
/** The dashboard's new account answers `invitation: {email, link}`. */
const INVITATION_FIELDS = new Set([...SECRET_FIELDS, 'link']);

/**
 * The body to keep for replays: secrets are replaced by null, because a secret is stored only as
 * a hash. A client that lost the first answer to a request that minted a secret rotates it instead.
 */
export function redactSecrets(bodyText: string): string {
  if (![...SECRET_FIELDS, 'card', 'invitation'].some((field) => bodyText.includes(`"${field}"`))) return bodyText;
  try {
    return stringifyJson(redact(parseJson(bodyText)));
  } catch {
    return bodyText;
  }
}

function redact(value: unknown, secrets: ReadonlySet<string> = SECRET_FIELDS): unknown {
  if (Array.isArray(value)) return value.map((item) => redact(item));
  if (value === null || typeof value !== 'object' || isLosslessNumber(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      secrets.has(key) && typeof inner === 'string' ? null : redact(inner, key === 'card' ? CARD_FIELDS : key === 'invitation' ? INVITATION_FIELDS : SECRET_FIELDS),
    ]),
  );
}
