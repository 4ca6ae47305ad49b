import { AppError } from '@/lib/errors/app-error';

/** The invoice-configuration errors of the QI wallet-creation error table (seed 002), verbatim. */
export const invoiceConfigurationErrors = {
  /** CIN000063; `details` names the first invoice whose dates break the rule, when there is one. */
  dueDateTooClose: (details?: { closing_date: string; due_date: string }) =>
    new AppError({
      status: 400,
      code: 'CIN000063',
      title: 'Bad Request',
      message: 'Expiration date too close to closing date',
      translation: 'Data de vencimento muito próxima da data de fechamento',
      details,
    }),
  invalidOffsetMonths: () =>
    new AppError({
      status: 400,
      code: 'CIN000064',
      title: 'Bad Request',
      message: 'Invalid offset months for rule-based configuration',
      translation: 'Meses de offset inválidos para configuração baseada em regras',
    }),
  weekdaysTooClose: () =>
    new AppError({
      status: 400,
      code: 'CIN000065',
      title: 'Bad Request',
      message: 'Weekdays too close for rule-based configuration',
      translation: 'Dias da semana muito próximos para configuração baseada em regras',
    }),
};
