import { z } from 'zod';
import { isCnpj, isCpf } from './documents';

/**
 * The QI owner shapes of seed 002 (natural and legal persons, phone, address). Client-safe: the
 * dashboard wizard validates with these same schemas the API route does.
 */

export const BRAZILIAN_STATES = [
  'AC', 'AL', 'AM', 'AP', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MG', 'MS', 'MT', 'PA',
  'PB', 'PE', 'PI', 'PR', 'RJ', 'RN', 'RO', 'RR', 'RS', 'SC', 'SE', 'SP', 'TO', 'EX',
] as const;

const text = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);

/** A calendar date `YYYY-MM-DD` that has already happened (birth, foundation). */
const pastDate = z.iso.date('Expected a date as YYYY-MM-DD').refine((value) => value <= new Date().toISOString().slice(0, 10), {
  message: 'Must not be in the future',
});

export const phoneSchema = z.object({
  country_code: z.string().regex(/^\d{2,3}$/, 'Expected 2 or 3 digits'),
  area_code: z.string().regex(/^\d{2}$/, 'Expected 2 digits'),
  number: z.string().regex(/^\d{8,9}$/, 'Expected 8 or 9 digits'),
}).meta({ id: 'PersonPhone' });

export const addressSchema = z.object({
  street: text(500),
  number: text(10),
  neighborhood: text(100),
  postal_code: z.string().regex(/^\d{8}$/, 'Expected 8 digits'),
  city: text(100),
  state: z.enum(BRAZILIAN_STATES),
  complement: z.string().trim().max(500, 'At most 500 characters').optional(),
}).meta({ id: 'PersonAddress' });

const contact = {
  email: z.email('Invalid email').max(254, 'At most 254 characters'),
  phone: phoneSchema,
  address: addressSchema,
};

export const naturalPersonSchema = z.object({
  person_type: z.literal('natural'),
  name: text(100),
  document_number: z.string().refine(isCpf, 'Invalid CPF: 11 digits with valid check digits'),
  birthdate: pastDate,
  ...contact,
});

/**
 * A legal representative is a natural person. Its document is only required to be text here:
 * a representative CPF that fails its check digits is the business error CIN000002 ("Invalid
 * signer document number"), raised by `representativeDocumentProblems`, not a schema error.
 */
export const legalRepresentativeSchema = naturalPersonSchema.extend({
  person_type: z.literal('natural').default('natural'),
  document_number: z.string().min(1, 'Required'),
}).meta({ id: 'LegalRepresentative' });

export const legalPersonSchema = z.object({
  person_type: z.literal('legal'),
  name: text(100),
  trading_name: text(100),
  document_number: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCnpj, 'Invalid CNPJ: 14 characters (alphanumeric allowed) with valid check digits'),
  foundation_date: pastDate,
  ...contact,
  legal_representatives: z.array(legalRepresentativeSchema).min(1, 'At least one legal representative'),
});

export const ownerSchema = z.discriminatedUnion('person_type', [naturalPersonSchema, legalPersonSchema]);

export type NaturalPerson = z.output<typeof naturalPersonSchema>;
export type LegalPerson = z.output<typeof legalPersonSchema>;
export type Owner = z.output<typeof ownerSchema>;
export type OwnerInput = z.input<typeof ownerSchema>;

/** Paths of representative documents that are not valid CPFs, for CIN000002. */
export function representativeDocumentProblems(owner: Owner): string[] {
  if (owner.person_type !== 'legal') return [];
  return owner.legal_representatives.flatMap((rep, index) =>
    isCpf(rep.document_number) ? [] : [`owner.legal_representatives.${index}.document_number`],
  );
}
