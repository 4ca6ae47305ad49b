// Every table of the platform, one file per domain. drizzle-kit reads this file to generate migrations.
export * from './accounts';
export * from './audit';
export * from './rate-limits';
export * from './wallets';
export * from './api-clients';
export * from './credit';
export * from './idempotency';
export * from './webhooks';
export * from './ledger';
export * from './charges';
export * from './payment-links';
export * from './payment-instruments';
export * from './invoices';
export * from './settlements';
export * from './payouts';
export * from './virtual-wallets';
