import { formatCnpj, formatCpf } from '@brazilian-utils/brazilian-utils';
import { isCnpj, isCpf } from '@/lib/persons/documents';

/** A payer's tax id as people read it: a CPF as 529.982.247-25, a CNPJ as 11.222.333/0001-81, anything else (an RFC, a RUT) as given. */
export function formatTaxId(taxId: string): string {
  if (isCpf(taxId)) return formatCpf(taxId);
  if (isCnpj(taxId)) return formatCnpj(taxId, { version: 2 });
  return taxId;
}

/**
 * An E.164 phone as its country writes it: "+55 (11) 98765-4321" in Brazil, "+52 55 1234 5678" in
 * Mexico; other numbers as given.
 */
export function formatPhone(e164: string): string {
  const brazil = /^\+55(\d{2})(\d{4,5})(\d{4})$/.exec(e164);
  if (brazil) return `+55 (${brazil[1]}) ${brazil[2]}-${brazil[3]}`;
  const mexico = /^\+52(\d{2})(\d{4})(\d{4})$/.exec(e164);
  if (mexico) return `+52 ${mexico[1]} ${mexico[2]} ${mexico[3]}`;
  return e164;
}
