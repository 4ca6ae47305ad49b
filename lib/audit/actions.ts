/**
 * The actions the services record, for human labels (`audit.actions.*`) and the trail's action
 * filter. An action missing here still shows, by its raw name: new services need not wait for a label.
 */
export const AUDIT_ACTIONS = [
  'account.created',
  'account.suspended',
  'account.reactivated',
  'account.products_changed',
  'account.configurations_changed',
  'account.pix_settings_changed',
  'member.role_changed',
  'member.removed',
  'member.left',
  'invitation.created',
  'invitation.resent',
  'invitation.revoked',
  'invitation.accepted',
  'api_client.created',
  'api_client.rotated',
  'api_client.revoked',
  'webhook_endpoint.created',
  'webhook_endpoint.updated',
  'webhook_endpoint.enabled',
  'webhook_endpoint.disabled',
  'webhook_endpoint.secret_rotated',
  'webhook_delivery.redelivered',
  'merchant.created',
  'merchant.pricing_changed',
  'wallet.created',
  'wallet.deactivated',
  'wallet.reactivated',
  'credit_wallet.created',
  'credit_wallet.approved',
  'credit_wallet.rejected',
  'credit_wallet.limit_updated',
  'payment_instrument.issued',
  'payment_instrument.limit_changed',
  'payment_instrument.canceled',
  'wallet_entry.created',
  'payment_link.created',
  'payment_link.deactivated',
  'virtual_wallet.created',
  'virtual_wallet.deactivated',
  'virtual_wallet.reactivated',
  'holding.configuration_changed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What the actions act on (`audit.subjects.*`), raw when unknown like actions. */
export const AUDIT_SUBJECTS = [
  'account',
  'user',
  'invitation',
  'api_client',
  'webhook_endpoint',
  'webhook_delivery',
  'merchant',
  'wallet',
  'wallet_limit',
  'payment_instrument',
  'wallet_entry',
  'payment_link',
  'virtual_wallet',
] as const;

export function isKnownAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

export function isKnownSubject(subject: string): subject is (typeof AUDIT_SUBJECTS)[number] {
  return (AUDIT_SUBJECTS as readonly string[]).includes(subject);
}

export type AuditFamily = AuditAction extends `${infer Family}.${string}` ? Family : never;

/** The families of actions (`member`, `wallet` …), in the order above: each filters by its prefix. */
export const AUDIT_FAMILIES = [...new Set(AUDIT_ACTIONS.map((action) => action.slice(0, action.indexOf('.')) as AuditFamily))];
