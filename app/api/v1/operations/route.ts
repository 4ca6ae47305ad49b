import { route } from '@/lib/api/serve';
import { listOperationsOperation } from '@/lib/management/operations';

// GET /api/v1/operations – the operations (scopes) credentials can be granted
export const GET = route(listOperationsOperation);
