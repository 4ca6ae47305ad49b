import { useTranslations } from 'next-intl';
import { Detail, DetailList } from '@/components/ui/details';
import { destinationText } from './destination-text';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The payout's destination on its own page, whole (it is the merchant's own request): the key or account and who receives it. */
export function PayoutDestinationDetails({ destination }: { destination: Record<string, unknown> }) {
  const t = useTranslations('payouts');
  const shown = destinationText(destination, { masked: false });
  const name = text(destination.beneficiary_name);
  const document = text(destination.beneficiary_document);
  return (
    <DetailList>
      {shown?.kind === 'pix' ? (
        <>
          <Detail term={t('detail.keyType')}>{t(`keyTypes.${shown.keyType}`)}</Detail>
          <Detail term={t('detail.key')} mono>
            {shown.key}
          </Detail>
        </>
      ) : null}
      {shown?.kind === 'bank' ? (
        <>
          <Detail term={t('detail.bank')}>{shown.bank}</Detail>
          <Detail term={t('detail.branch')}>{shown.branch}</Detail>
          <Detail term={t('detail.account')}>{shown.account}</Detail>
        </>
      ) : null}
      <Detail term={t('detail.beneficiary')}>{name ?? '—'}</Detail>
      {document ? (
        <Detail term={t('detail.document')} mono>
          {document}
        </Detail>
      ) : null}
    </DetailList>
  );
}
