import { AppError } from '@/lib/errors/app-error';
import { commonErrors } from '@/lib/errors/common';

export const teamErrors = {
  emailTaken: () =>
    new AppError({
      status: 409,
      code: 'email_taken',
      message: 'That e-mail already has a login on the platform',
      translation: 'Esse e-mail já tem um acesso na plataforma',
      problems: [{ field: 'email', issue: 'That e-mail already has a login on the platform', translation: 'Esse e-mail já tem um acesso na plataforma' }],
    }),
  invitationPending: () =>
    new AppError({
      status: 409,
      code: 'invitation_pending',
      message: 'That e-mail already has a pending invitation; resend it instead',
      translation: 'Esse e-mail já tem um convite pendente; reenvie-o',
      problems: [
        { field: 'email', issue: 'That e-mail already has a pending invitation; resend it instead', translation: 'Esse e-mail já tem um convite pendente; reenvie-o' },
      ],
    }),
  invitationNotFound: () => commonErrors.notFound('Invitation not found', 'Convite não encontrado'),
  invitationUnusable: (reason: 'expired' | 'accepted' | 'revoked' | 'unknown') =>
    new AppError({
      status: 410,
      code: `invitation_${reason}`,
      message: {
        expired: 'This invitation has expired; ask for a new one',
        accepted: 'This invitation was already used; sign in instead',
        revoked: 'This invitation was revoked',
        unknown: 'This invitation link is not valid',
      }[reason],
      translation: {
        expired: 'Este convite expirou; peça um novo',
        accepted: 'Este convite já foi usado; entre com seu acesso',
        revoked: 'Este convite foi revogado',
        unknown: 'Este link de convite não é válido',
      }[reason],
    }),
  memberNotFound: () => commonErrors.notFound('Team member not found', 'Membro da equipe não encontrado'),
  leaveOnlyYourself: () => commonErrors.forbidden('This page was open for another login: reload it', 'Esta página estava aberta para outro acesso: recarregue-a'),
  notAMember: () => commonErrors.forbidden('Only members of the account manage its team', 'Apenas membros da conta gerenciam a equipe'),
  roleNotAssignable: () => commonErrors.forbidden('Only an owner can make or change owners', 'Apenas um proprietário pode criar ou alterar proprietários'),
  lastOwner: () =>
    new AppError({
      status: 409,
      code: 'last_owner',
      message: 'The account needs at least one owner: make someone else owner first',
      translation: 'A conta precisa de ao menos um proprietário: torne outra pessoa proprietária antes',
    }),
};
