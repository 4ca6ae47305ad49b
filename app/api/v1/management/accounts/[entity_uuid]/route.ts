import { route } from '@/lib/api/serve';
import { getAccountOperation } from '@/lib/management/operations';

// GET /api/v1/management/accounts/{entity_uuid} – an account with its contract, prices and configurations
export const GET = route(getAccountOperation);
