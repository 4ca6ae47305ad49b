import { AppError, type FieldProblem } from '@/lib/errors/app-error';

/** Invoice configurations arrive as the create body's `invoice_configuration`; problems name fields from there. */
const DUE = 'invoice_configuration.due_date_configuration';

/** The due date field a rule about the due date marks, by the due date's type. */
export type DueDateField = 'fixed_day' | 'offset_months' | 'rule.day_of_week';

const dueDateProblem = (field: DueDateField, issue: string, translation: string): FieldProblem => ({ field: `${DUE}.${field}`, issue, translation });

/** The invoice-configuration errors of the QI wallet-creation error table (seed 002), verbatim. */
export const invoiceConfigurationErrors = {
  /** CIN000063; `details` names the first invoice whose dates break the rule, when there is one. */
  dueDateTooClose: (field: DueDateField, details?: { closing_date: string; due_date: string }) =>
    new AppError({
      status: 400,
      code: 'CIN000063',
      title: 'Bad Request',
      message: 'Expiration date too close to closing date',
      translation: 'Data de vencimento muito próxima da data de fechamento',
      problems: [
        dueDateProblem(
          field,
          'Must fall due at least 2 days after the invoice closes',
          'O vencimento deve ser ao menos 2 dias após o fechamento da fatura',
        ),
      ],
      details,
    }),
  invalidOffsetMonths: () =>
    new AppError({
      status: 400,
      code: 'CIN000064',
      title: 'Bad Request',
      message: 'Invalid offset months for rule-based configuration',
      translation: 'Meses de offset inválidos para configuração baseada em regras',
      problems: [dueDateProblem('offset_months', 'A rule-based due date needs at least 1 month', 'Um vencimento baseado em regra precisa de ao menos 1 mês')],
    }),
  weekdaysTooClose: () =>
    new AppError({
      status: 400,
      code: 'CIN000065',
      title: 'Bad Request',
      message: 'Weekdays too close for rule-based configuration',
      translation: 'Dias da semana muito próximos para configuração baseada em regras',
      problems: [
        dueDateProblem(
          'rule.day_of_week',
          'Leave at least one day between the closing and due weekdays',
          'Deixe ao menos um dia entre os dias da semana de fechamento e de vencimento',
        ),
      ],
    }),
};
