import { route } from '@/lib/api/serve';
import { updateProductsOperation } from '@/lib/management/operations';

// PUT /api/v1/management/accounts/{entity_uuid}/products – replace the contracted products and quotas
export const PUT = route(updateProductsOperation);
