import { AppError } from '@/lib/errors/app-error';

/** The KYC errors, in the A55 terms of our own routes (the admin forms show the message). */
export const kycErrors = {
  alreadyDecided: (outcome: 'approved' | 'rejected', decidedAt: Date, decidedBy: string | null) =>
    new AppError({
      status: 409,
      code: 'KYC_ALREADY_DECIDED',
      error: 'conflict',
      message: `This wallet's KYC was already decided: ${outcome}${decidedBy ? ` by ${decidedBy}` : ''} at ${decidedAt.toISOString()}. A decision is final.`,
      translation: `O KYC desta carteira já foi decidido: ${outcome === 'approved' ? 'aprovado' : 'rejeitado'}${decidedBy ? ` por ${decidedBy}` : ''} em ${decidedAt.toISOString()}. A decisão é final.`,
      details: { outcome, decided_at: decidedAt.toISOString(), ...(decidedBy ? { decided_by: decidedBy } : {}) },
    }),
  notPending: (status: string) =>
    new AppError({
      status: 409,
      code: 'KYC_NOT_PENDING',
      error: 'conflict',
      message: `This wallet is ${status}, not waiting for KYC analysis`,
      translation: `Esta carteira está com status ${status}, não aguarda análise de KYC`,
      details: { wallet_status: status },
    }),
};
