import { routes } from '@/lib/api/serve';
import { createAccountOperation, listAccountsOperation } from '@/lib/management/operations';

// POST /api/v1/management/accounts – onboard an account; GET – list every account
export const { POST, GET } = routes(createAccountOperation, listAccountsOperation);
