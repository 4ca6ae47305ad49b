import { route } from '@/lib/api/serve';
import { getTokenInfoOperation } from '@/lib/platform/operations';

// GET /api/v1/token/info/ – "who am I": the client, account, wallet and scopes behind the Bearer token
export const GET = route(getTokenInfoOperation);
