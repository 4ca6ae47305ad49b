import { route } from '@/lib/api/serve';
import { reactivateAccountOperation } from '@/lib/management/operations';

// POST /api/v1/management/accounts/{entity_uuid}/reactivate – lift a suspension
export const POST = route(reactivateAccountOperation);
