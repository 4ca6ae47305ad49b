import Link from 'next/link';
import { WALLET_STATUSES } from '@/db/schema/wallets';
import { buttonClass, Field, inputClass, secondaryButtonClass } from '@/components/ui/field';
import { STATUS_LABELS } from '@/components/wallets/status-badge';

/** A plain GET form: the filters of `GET /api/v1/credit/wallets`, kept in the URL. */
export function CreditWalletFilters({ filters }: { filters: { owner_document_number?: string; wallet_status?: string } }) {
  return (
    <form method="get" aria-label="Filter credit wallets" className="mb-4 flex flex-wrap items-end gap-3">
      <Field id="filter-document" label="Owner CPF or CNPJ">
        <input id="filter-document" name="owner_document_number" defaultValue={filters.owner_document_number ?? ''} className={inputClass} />
      </Field>
      <Field id="filter-status" label="Status">
        <select id="filter-status" name="wallet_status" defaultValue={filters.wallet_status ?? ''} className={inputClass}>
          <option value="">All statuses</option>
          {WALLET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className={buttonClass}>
        Apply filters
      </button>
      <Link href="/dashboard/wallets/credit" className={secondaryButtonClass}>
        Clear
      </Link>
    </form>
  );
}
