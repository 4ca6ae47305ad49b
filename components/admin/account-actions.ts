import type { FieldValues, Path } from 'react-hook-form';
import type { ActionResult } from '@/lib/actions/run-action';
import type { z } from 'zod';
import type { ConfigurationsFormValues, CreateAccountFormValues, newMerchantSchema, UpdatePricingFormValues, updateProductsSchema } from '@/lib/management/schemas';
import type { IssuedLink } from '@/components/team/team-actions';
import type { InviteMemberInput } from '@/lib/team/schemas';

/** The server actions the account pages hand their forms (app/admin/accounts/actions.ts), as the forms call them. */


/** A replay of the create (a second submit of the same form) answers the link as null: it was shown, and mailed, the first time. */
export type CreateAccountAction = (
  input: CreateAccountFormValues,
  idempotencyKey: string,
) => Promise<ActionResult<{ entityUuid: string; name: string; invitation: { email: string; link: string | null } }>>;
export type AddMerchantAction = (input: z.input<typeof newMerchantSchema>, idempotencyKey: string) => Promise<ActionResult<{ merchantUuid: string; name: string }>>;
export type InviteAction = (input: InviteMemberInput) => Promise<ActionResult<IssuedLink>>;
export type SaveConfigurationsAction = (input: ConfigurationsFormValues) => Promise<ActionResult<unknown>>;
export type SaveProductsAction = (input: z.input<typeof updateProductsSchema>) => Promise<ActionResult<unknown>>;
export type SavePricingAction = (input: UpdatePricingFormValues) => Promise<ActionResult<unknown>>;

/**
 * The form field an action's problem belongs to. The actions parse the account's id beside the
 * form's values (`input.pix_key`); a domain rule names the body's own field (`email`).
 */
export function formField<V extends FieldValues>(field: string): Path<V> {
  return (field.startsWith('input.') ? field.slice('input.'.length) : field) as Path<V>;
}
