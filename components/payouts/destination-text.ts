import { PIX_KEY_TYPES, type PixKeyType } from '@/lib/payouts/destinations';

/**
 * A payout's destination (the `destination` JSON the service stored, a Pix key or a bank account)
 * as short text for lists. Keys that identify a person are masked the way Brazilian banks show them
 * on receipts (a CPF's middle digits, an e-mail's first letter and domain, a phone's last four), so
 * a list on a shared screen does not expose them; a CNPJ is a company's public registration and is
 * shown whole. Browser-safe.
 */

export type DestinationText = { kind: 'pix'; keyType: PixKeyType; key: string } | { kind: 'bank'; bank: string; branch: string; account: string };

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function destinationText(destination: Record<string, unknown>, { masked }: { masked: boolean }): DestinationText | null {
  const keyType = text(destination.pix_address_key_type) as PixKeyType;
  if (PIX_KEY_TYPES.includes(keyType)) {
    const key = text(destination.pix_address_key);
    return { kind: 'pix', keyType, key: masked ? maskPixKey(keyType, key) : displayPixKey(keyType, key) };
  }
  if (destination.bank_code) {
    const account = `${text(destination.account)}-${text(destination.account_digit)}`;
    return { kind: 'bank', bank: text(destination.bank_code), branch: text(destination.branch), account: masked ? `•••${account.slice(-4)}` : account };
  }
  return null;
}

/** A stored (normalized) key as people write it: CPF and CNPJ with their punctuation. */
export function displayPixKey(type: PixKeyType, key: string): string {
  if (type === 'cpf' && /^\d{11}$/.test(key)) return `${key.slice(0, 3)}.${key.slice(3, 6)}.${key.slice(6, 9)}-${key.slice(9)}`;
  if (type === 'cnpj' && key.length === 14) return `${key.slice(0, 2)}.${key.slice(2, 5)}.${key.slice(5, 8)}/${key.slice(8, 12)}-${key.slice(12)}`;
  return key;
}

export function maskPixKey(type: PixKeyType, key: string): string {
  switch (type) {
    case 'cpf':
      // The Central Bank's receipts show a CPF key as ***.456.789-**.
      return /^\d{11}$/.test(key) ? `•••.${key.slice(3, 6)}.${key.slice(6, 9)}-••` : '•••';
    case 'cnpj':
      return displayPixKey(type, key);
    case 'email': {
      const at = key.lastIndexOf('@');
      return at > 0 ? `${key[0]}•••${key.slice(at)}` : '•••';
    }
    case 'phone':
      return key.length > 4 ? `${key.slice(0, 3)} ••••${key.slice(-4)}` : '•••';
    case 'evp':
      return key.length > 12 ? `${key.slice(0, 8)}…${key.slice(-4)}` : key;
  }
}
