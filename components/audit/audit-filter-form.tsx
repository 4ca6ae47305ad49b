import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/ui/field';
import { FilterForm, SelectFilter } from '@/components/ui/filter-form';
import { AUDIT_ACTIONS, AUDIT_FAMILIES } from '@/lib/audit/actions';
import type { AuditSearch } from '@/lib/audit/search-params';
import { useAuditLabels } from './use-audit-labels';

/**
 * The trail's filters, kept in the URL: who acted (id or e-mail), the action or a whole family of
 * them (`member.`), and for operators the account.
 */
export function AuditFilterForm({ filters, clearHref, accounts }: { filters: AuditSearch; clearHref: string; accounts?: { entityUuid: string; name: string }[] }) {
  const t = useTranslations('audit');
  const labels = useAuditLabels();
  const listed = [...AUDIT_FAMILIES.map((family) => `${family}.`), ...AUDIT_ACTIONS] as string[];
  // An action typed into the URL that the list does not know still shows as chosen.
  const unlisted = filters.action && !listed.includes(filters.action) ? filters.action : null;
  return (
    <FilterForm label={t('filter')} clearHref={clearHref} values={{ ...filters }}>
      {accounts ? (
        <SelectFilter
          id="filter-account"
          name="entity_uuid"
          label={t('columns.account')}
          value={filters.entity_uuid}
          allLabel={t('allAccounts')}
          options={accounts.map((account) => ({ value: account.entityUuid, label: account.name }))}
        />
      ) : null}
      <Field id="filter-actor" label={t('columns.who')}>
        <input id="filter-actor" name="actor" type="search" defaultValue={filters.actor} placeholder={t('actorHint')} className={`${inputClass} w-72`} />
      </Field>
      <Field id="filter-action" label={t('columns.action')}>
        <select id="filter-action" name="action" defaultValue={filters.action ?? ''} className={inputClass}>
          <option value="">{t('allActions')}</option>
          {unlisted ? <option value={unlisted}>{unlisted}</option> : null}
          {AUDIT_FAMILIES.map((family) => (
            <optgroup key={family} label={labels.family(family)}>
              <option value={`${family}.`}>{t('wholeFamily', { family: labels.family(family) })}</option>
              {AUDIT_ACTIONS.filter((action) => action.startsWith(`${family}.`)).map((action) => (
                <option key={action} value={action}>
                  {labels.action(action)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
    </FilterForm>
  );
}
