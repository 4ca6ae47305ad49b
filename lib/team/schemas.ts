import { z } from 'zod';
import { MEMBER_ROLES } from '@/lib/access/permissions';

/** One zod schema per shape: the team forms, their server actions and the management API share these. */

export const memberRoleSchema = z.enum(MEMBER_ROLES).meta({ id: 'MemberRole', description: 'owner, admin, developer (credentials and webhooks), finance (payouts), viewer (read only)' });

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address')).pipe(z.string().max(254)),
  role: memberRoleSchema,
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const changeRoleSchema = z.object({ userId: z.uuid(), role: memberRoleSchema });
export const memberIdSchema = z.object({ userId: z.uuid() });
export const invitationIdSchema = z.object({ invitationId: z.uuid() });

export const acceptInvitationSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name').max(120),
    password: z.string().min(12, 'Use at least 12 characters').max(200),
    confirmPassword: z.string(),
  })
  .refine((input) => input.password === input.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match' });
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
