export const WEBHOOK_SCOPES = {
  'webhook:read': 'Read webhook endpoints, deliveries and their attempts',
  'webhook:write': 'Create, change and disable webhook endpoints; send deliveries again',
} as const;
