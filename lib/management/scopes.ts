/**
 * The management scope: onboarding, configuring, suspending and auditing accounts. Only the
 * platform account's clients may hold it (lib/credentials/create.ts refuses it anywhere else), so
 * no merchant's credentials can ever reach another account.
 */
export const MANAGEMENT_SCOPES = {
  'management:accounts': 'Onboard, configure, suspend and audit accounts (platform credentials only)',
} as const;

export const MANAGEMENT_SCOPE = 'management:accounts' satisfies keyof typeof MANAGEMENT_SCOPES;
