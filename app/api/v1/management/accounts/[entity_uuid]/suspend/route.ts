import { route } from '@/lib/api/serve';
import { suspendAccountOperation } from '@/lib/management/operations';

// POST /api/v1/management/accounts/{entity_uuid}/suspend – cut off the account's tokens, sign-ins and sessions
export const POST = route(suspendAccountOperation);
