import { route } from '@/lib/api/serve';
import { checkLedgerIntegrityOperation } from '@/lib/ledger/operations';

// GET /api/v1/ledger/integrity/ – recompute the caller's ledger from its entries and report any disagreement
export const GET = route(checkLedgerIntegrityOperation);
