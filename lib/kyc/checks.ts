import { isIsoDate, type IsoDate } from '@/lib/banking-calendar/plain-date';
import { isCnpj, isCpf } from '@/lib/persons/documents';
import type { LegalPerson, NaturalPerson, Owner } from '@/lib/persons/schemas';

/** One automatic check an operator sees beside a pending owner: a pass/fail with the reason. */
export interface KycCheck {
  id: 'document' | 'age' | 'representatives_present' | 'representatives_valid' | 'duplicate_document';
  label: string;
  passed: boolean;
  detail: string;
}

export const ADULT_AGE = 18;

export interface KycCheckContext {
  /** Today's date in Brasília (`todayInBrazil()`), the day age is measured on. */
  today: IsoDate;
  /** How many *other* active credit wallets, in any account, belong to the same document. */
  activeWalletsWithDocument: number;
}

/**
 * The automatic checks of a pending owner submission. The submission passed the creation schema,
 * but it is re-checked here because the decision is final and an owner who was 17 when the wallet
 * was opened may be 18 by the time it is reviewed (or the other way round, for stored data that
 * predates a rule).
 */
export function runKycChecks(owner: Owner, context: KycCheckContext): KycCheck[] {
  const checks = [documentCheck(owner)];
  if (owner.person_type === 'natural') checks.push(ageCheck(owner, context.today));
  else checks.push(...representativeChecks(owner, context.today));
  checks.push(duplicateCheck(context.activeWalletsWithDocument));
  return checks;
}

/**
 * Whole years from `birthdate` to `today`. Someone born on 29 February has their birthday on
 * 1 March in common years (the day after 28 February, when the year has no 29th).
 */
export function ageOn(birthdate: IsoDate, today: IsoDate): number {
  const years = Number(today.slice(0, 4)) - Number(birthdate.slice(0, 4));
  return today.slice(5) < birthdate.slice(5) ? years - 1 : years;
}

function documentCheck(owner: Owner): KycCheck {
  const natural = owner.person_type === 'natural';
  const kind = natural ? 'CPF' : 'CNPJ';
  const passed = natural ? isCpf(owner.document_number) : isCnpj(owner.document_number);
  return {
    id: 'document',
    label: `${kind} check digits`,
    passed,
    detail: passed ? `${kind} ${owner.document_number} has valid check digits` : `${kind} ${owner.document_number} fails its check digits`,
  };
}

function ageCheck(owner: NaturalPerson, today: IsoDate): KycCheck {
  const problem = ageProblem(owner.birthdate, today);
  return {
    id: 'age',
    label: `Owner is of age (${ADULT_AGE}+)`,
    passed: problem === null,
    detail: problem ?? `Born ${owner.birthdate}: ${ageOn(owner.birthdate, today)} years old on ${today}`,
  };
}

function representativeChecks(owner: LegalPerson, today: IsoDate): KycCheck[] {
  const representatives = owner.legal_representatives ?? [];
  const problems = representatives.flatMap((rep, index) => {
    const found = [
      isCpf(rep.document_number) ? null : `CPF ${rep.document_number} fails its check digits`,
      ageProblem(rep.birthdate, today),
    ].filter((problem) => problem !== null);
    return found.length ? [`Representative ${index + 1} (${rep.name}): ${found.join('; ')}`] : [];
  });
  return [
    {
      id: 'representatives_present',
      label: 'Legal representatives present',
      passed: representatives.length > 0,
      detail: representatives.length === 1 ? '1 legal representative' : `${representatives.length} legal representatives`,
    },
    {
      id: 'representatives_valid',
      label: `Every legal representative has a valid CPF and is of age (${ADULT_AGE}+)`,
      passed: representatives.length > 0 && problems.length === 0,
      detail: representatives.length === 0 ? 'No legal representative to check' : problems.length ? problems.join('. ') : 'All valid',
    },
  ];
}

function duplicateCheck(activeWalletsWithDocument: number): KycCheck {
  const passed = activeWalletsWithDocument === 0;
  return {
    id: 'duplicate_document',
    label: 'Document not on another active credit wallet',
    passed,
    detail: passed
      ? 'No active credit wallet in any account has this document'
      : `${activeWalletsWithDocument} active credit wallet${activeWalletsWithDocument === 1 ? '' : 's'} already ha${activeWalletsWithDocument === 1 ? 's' : 've'} this document`,
  };
}

/** Why a birthdate does not make an adult on `today`, or null when it does. */
function ageProblem(birthdate: string, today: IsoDate): string | null {
  if (!isIsoDate(birthdate)) return `Birthdate "${birthdate}" is not a date`;
  if (birthdate > today) return `Birthdate ${birthdate} is in the future`;
  const age = ageOn(birthdate, today);
  return age < ADULT_AGE ? `Born ${birthdate}: ${age} years old on ${today}, under ${ADULT_AGE}` : null;
}
