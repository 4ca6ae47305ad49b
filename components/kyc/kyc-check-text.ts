import { ADULT_AGE, type KycCheck } from '@/lib/kyc/checks';

/** A `kycChecks` translator: next-intl's `t` for that namespace fits. */
export type KycCheckTranslator = (key: string, values?: Record<string, string | number>) => string;

/**
 * A check's label and detail in the reader's language. `lib/kyc/checks.ts` writes them in English
 * for the API and the audit; the dashboard translates by check id, reading the values back out of
 * the English sentence. A sentence it does not recognise stays in English rather than being guessed.
 */
export function localizeKycCheck(check: KycCheck, t: KycCheckTranslator): { label: string; detail: string } {
  return { label: localizeLabel(check, t), detail: localizeDetail(check, t) ?? check.detail };
}

function localizeLabel(check: KycCheck, t: KycCheckTranslator): string {
  if (check.id === 'document') {
    const kind = /^(CPF|CNPJ) /.exec(check.label)?.[1];
    return kind ? t('document', { kind }) : check.label;
  }
  return t(check.id, { adult: ADULT_AGE });
}

function localizeDetail(check: KycCheck, t: KycCheckTranslator): string | null {
  const { detail } = check;
  switch (check.id) {
    case 'document':
      return documentProblem(detail, t);
    case 'age':
      return ageProblem(detail, t);
    case 'representatives_present': {
      if (detail === '1 legal representative') return t('oneRepresentative');
      const count = /^(\d+) legal representatives$/.exec(detail)?.[1];
      return count ? t('representatives', { count }) : null;
    }
    case 'representatives_valid':
      if (detail === 'No legal representative to check') return t('noRepresentative');
      if (detail === 'All valid') return t('allValid');
      return representativeProblems(detail, t);
    case 'duplicate_document': {
      if (detail === 'No active credit wallet in any account has this document') return t('noDuplicate');
      if (detail === '1 active credit wallet already has this document') return t('oneDuplicate');
      const count = /^(\d+) active credit wallets already have this document$/.exec(detail)?.[1];
      return count ? t('duplicates', { count }) : null;
    }
  }
}

function documentProblem(text: string, t: KycCheckTranslator): string | null {
  const match = /^(CPF|CNPJ) (\S+) (has valid|fails its) check digits$/.exec(text);
  if (!match) return null;
  const [, kind, document, verdict] = match;
  return t(verdict === 'has valid' ? 'documentValid' : 'documentInvalid', { kind: kind!, document: document! });
}

function ageProblem(text: string, t: KycCheckTranslator): string | null {
  let match = /^Born (\S+): (\d+) years old on (\S+?)(, under (\d+))?$/.exec(text);
  if (match) {
    const [, birthdate, age, today, under, adult] = match;
    return under ? t('underAge', { birthdate: birthdate!, age: age!, today: today!, adult: adult! }) : t('ageOnDay', { birthdate: birthdate!, age: age!, today: today! });
  }
  if ((match = /^Birthdate "(.*)" is not a date$/.exec(text))) return t('birthdateNotDate', { birthdate: match[1]! });
  if ((match = /^Birthdate (\S+) is in the future$/.exec(text))) return t('birthdateFuture', { birthdate: match[1]! });
  return null;
}

/** "Representative 1 (Rita): CPF … fails its check digits; Born …. Representative 2 …" */
function representativeProblems(text: string, t: KycCheckTranslator): string | null {
  const parts = text.split(/\. (?=Representative \d+ \()/);
  const localized = parts.map((part) => {
    const match = /^Representative (\d+) \((.*)\): (.*)$/.exec(part);
    if (!match) return null;
    const [, number, name, problems] = match;
    const each = problems!.split('; ').map((problem) => documentProblem(problem, t) ?? ageProblem(problem, t));
    return each.every((p) => p !== null) ? t('representativeProblems', { number: number!, name: name!, problems: each.join('; ') }) : null;
  });
  return localized.every((part) => part !== null) ? localized.join('. ') : null;
}
