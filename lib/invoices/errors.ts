import { AppError } from '@/lib/errors/app-error';

/**
 * Invoice errors, in QI's dialect and numbering after the payment instruments' (WLT000005–8): B.7
 * names no error codes of its own.
 */
export const invoiceErrors = {
  notFound: (key: string) =>
    new AppError({
      status: 404,
      code: 'WLT000009',
      title: 'Invoice Not Found',
      message: `Invoice with key ${key} not found`,
      translation: `Fatura com chave ${key} não encontrada`,
    }),
  noBankSlip: (key: string) =>
    new AppError({
      status: 404,
      code: 'WLT000010',
      title: 'Bank Slip Not Found',
      message: `Invoice ${key} has no bank slip: it is still open, or it closed with nothing to pay`,
      translation: `A fatura ${key} não tem boleto: ainda está aberta ou fechou sem valor a pagar`,
    }),
  bankSlipNotPayable: (status: string) =>
    new AppError({
      status: 409,
      code: 'WLT000011',
      title: 'Conflict',
      message:
        status === 'expired'
          ? 'The bank slip expired: its balance moved to the next invoice, which bills it'
          : 'The bank slip was already paid; what is left moves to the next invoice',
      translation:
        status === 'expired'
          ? 'O boleto venceu: o saldo passou para a próxima fatura, que o cobra'
          : 'O boleto já foi pago; o que falta passa para a próxima fatura',
    }),
  paymentAmountInvalid: (owed: string) =>
    new AppError({
      status: 400,
      code: 'WLT000012',
      title: 'Bad Request',
      message: `A payment is more than zero and at most what the invoice owes (${owed})`,
      translation: `Um pagamento é maior que zero e no máximo o que a fatura deve (${owed})`,
    }),
  nothingToSimulate: (what: 'close' | 'overdue') =>
    new AppError({
      status: 409,
      code: 'WLT000013',
      title: 'Conflict',
      message:
        what === 'close'
          ? 'The wallet has no open invoice to close: only an active credit wallet has one'
          : 'The wallet has no closed invoice with a balance left to make overdue',
      translation:
        what === 'close'
          ? 'A carteira não tem fatura aberta para fechar: só uma carteira de crédito ativa tem'
          : 'A carteira não tem fatura fechada com saldo em aberto para vencer',
    }),
};
