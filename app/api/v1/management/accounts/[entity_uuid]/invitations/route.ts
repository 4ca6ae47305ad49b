import { route } from '@/lib/api/serve';
import { inviteToAccountOperation } from '@/lib/management/operations';

// POST /api/v1/management/accounts/{entity_uuid}/invitations – invite someone into the account
export const POST = route(inviteToAccountOperation);
