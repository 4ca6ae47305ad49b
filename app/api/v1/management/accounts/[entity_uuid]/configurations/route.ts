import { route } from '@/lib/api/serve';
import { updateConfigurationsOperation } from '@/lib/management/operations';

// PUT /api/v1/management/accounts/{entity_uuid}/configurations – replace the Pix key and city and the payout destination
export const PUT = route(updateConfigurationsOperation);
