'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { IssuedLink } from '@/components/team/team-actions';
import { runAction } from '@/lib/actions/run-action';
import { operatorFromSession } from '@/lib/auth/session';
import { updateConfigurations } from '@/lib/management/configurations';
import { createAccount } from '@/lib/management/create-account';
import { inviteToAccount, resendAccountInvitation, revokeAccountInvitation } from '@/lib/management/invitations';
import { invitationIdSchema } from '@/lib/team/schemas';
import { addMerchant } from '@/lib/management/merchants';
import { updatePricing } from '@/lib/management/pricing';
import { updateProducts } from '@/lib/management/products';
import { accountParamsSchema, configurationsSchema, createAccountSchema, inviteToAccountSchema, merchantParamsSchema, newMerchantSchema, updatePricingSchema, updateProductsSchema } from '@/lib/management/schemas';
import { reactivateAccount, suspendAccount } from '@/lib/management/suspension';

// The operators' account pages. runAction refuses anyone but an operator before parsing; the
// Operator the services demand is then made from the same session. The account's id comes with
// the input and is parsed with it, so a forged one is a form error, never a query.

const withAccount = <S extends z.ZodType>(input: S) => z.object({ entity_uuid: accountParamsSchema.shape.entity_uuid, input });

function refresh(entityUuid?: string) {
  revalidatePath('/admin/accounts');
  revalidatePath('/admin');
  if (entityUuid) revalidatePath(`/admin/accounts/${entityUuid}`);
}

export async function createAccountAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'operator',
    createAccountSchema,
    input,
    async ({ db, input }) => {
      const created = await createAccount(db, await operatorFromSession(), input);
      refresh();
      return { entityUuid: created.account.entityUuid, name: created.account.name, invitation: { email: created.invitation.invitation.email, link: created.invitation.link } satisfies IssuedLink };
    },
    { idempotency: { action: 'management.accounts.create', key: idempotencyKey } },
  );
}

export async function suspendAccountAction(entityUuid: unknown) {
  return runAction('operator', accountParamsSchema.shape.entity_uuid, entityUuid, async ({ db, input }) => {
    const row = await suspendAccount(db, await operatorFromSession(), input);
    refresh(row.entityUuid);
    return { suspended: true };
  });
}

export async function reactivateAccountAction(entityUuid: unknown) {
  return runAction('operator', accountParamsSchema.shape.entity_uuid, entityUuid, async ({ db, input }) => {
    const row = await reactivateAccount(db, await operatorFromSession(), input);
    refresh(row.entityUuid);
    return { suspended: false };
  });
}

export async function addMerchantAction(entityUuid: unknown, input: unknown, idempotencyKey?: string) {
  return runAction(
    'operator',
    withAccount(newMerchantSchema),
    { entity_uuid: entityUuid, input },
    async ({ db, input }) => {
      const row = await addMerchant(db, await operatorFromSession(), input.entity_uuid, input.input);
      refresh(input.entity_uuid);
      return { merchantUuid: row.merchantUuid, name: row.name };
    },
    { idempotency: { action: 'management.merchants.create', key: idempotencyKey } },
  );
}

export async function inviteToAccountAction(entityUuid: unknown, input: unknown) {
  return runAction('operator', withAccount(inviteToAccountSchema), { entity_uuid: entityUuid, input }, async ({ db, input }) => {
    const issued = await inviteToAccount(db, await operatorFromSession(), input.entity_uuid, input.input);
    refresh(input.entity_uuid);
    return { email: issued.invitation.email, link: issued.link } satisfies IssuedLink;
  });
}

export async function resendAccountInvitationAction(entityUuid: unknown, input: unknown) {
  return runAction('operator', withAccount(invitationIdSchema), { entity_uuid: entityUuid, input }, async ({ db, input }) => {
    const issued = await resendAccountInvitation(db, await operatorFromSession(), input.entity_uuid, input.input.invitationId);
    refresh(input.entity_uuid);
    return { email: issued.invitation.email, link: issued.link } satisfies IssuedLink;
  });
}

export async function revokeAccountInvitationAction(entityUuid: unknown, input: unknown) {
  return runAction('operator', withAccount(invitationIdSchema), { entity_uuid: entityUuid, input }, async ({ db, input }) => {
    await revokeAccountInvitation(db, await operatorFromSession(), input.entity_uuid, input.input.invitationId);
    refresh(input.entity_uuid);
    return { invitationId: input.input.invitationId };
  });
}

export async function updateConfigurationsAction(entityUuid: unknown, input: unknown) {
  return runAction('operator', withAccount(configurationsSchema), { entity_uuid: entityUuid, input }, async ({ db, input }) => {
    await updateConfigurations(db, await operatorFromSession(), input.entity_uuid, input.input);
    refresh(input.entity_uuid);
    return { saved: true };
  });
}

export async function updateProductsAction(entityUuid: unknown, input: unknown) {
  return runAction('operator', withAccount(updateProductsSchema), { entity_uuid: entityUuid, input }, async ({ db, input }) => {
    await updateProducts(db, await operatorFromSession(), input.entity_uuid, input.input);
    refresh(input.entity_uuid);
    return { saved: true };
  });
}

export async function updatePricingAction(params: unknown, input: unknown) {
  const schema = z.object({ params: merchantParamsSchema, input: updatePricingSchema });
  return runAction('operator', schema, { params, input }, async ({ db, input }) => {
    await updatePricing(db, await operatorFromSession(), input.params.entity_uuid, input.params.merchant_uuid, input.input);
    refresh(input.params.entity_uuid);
    return { saved: true };
  });
}
