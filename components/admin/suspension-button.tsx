import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

type Run = () => Promise<ActionResult<unknown>>;

/** Suspend (a destructive step, asked first) or, while suspended, reactivate the account. */
export function SuspensionButton({ name, suspended, suspend, reactivate }: { name: string; suspended: boolean; suspend: Run; reactivate: Run }) {
  const t = useTranslations('adminAccounts');
  if (suspended) {
    return (
      <ActionButton
        label={t('reactivate')}
        pendingLabel={t('reactivating')}
        variant="primary"
        align="end"
        confirm={{ title: t('reactivateTitle', { name }), message: t('reactivateMessage'), confirmLabel: t('reactivateConfirm') }}
        run={reactivate}
      />
    );
  }
  return (
    <ActionButton
      label={t('suspend')}
      pendingLabel={t('suspending')}
      align="end"
      confirm={{ title: t('suspendTitle', { name }), message: t('suspendMessage'), confirmLabel: t('suspendConfirm'), destructive: true }}
      run={suspend}
    />
  );
}
