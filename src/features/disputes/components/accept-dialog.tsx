import { useTranslation } from '@/lib/use-translation';
import { formatAmount } from '@/lib/format';
import type { Dispute } from '../api/contract';
import { AcceptanceDialog, type AcceptanceDialogProps } from './acceptance-dialog';

/** Says what accepting costs before it is done: the amount goes to the card member, for good. */
export function AcceptDialog({ dispute, ...dialog }: AcceptanceDialogProps & { dispute: Dispute }) {
  const { t, i18n } = useTranslation('disputes');
  return (
    <AcceptanceDialog
      {...dialog}
      title={t('accept.title', { numero: dispute.numeroDossier })}
      texts={{
        confirm: t('accept.confirm'),
        pending: t('accept.pending'),
        cancel: t('accept.cancel'),
        error: t('accept.error'),
      }}
    >
      <p>
        {t(`accept.${dispute.type}`, {
          amount: formatAmount(dispute.montantConteste, i18n.language),
        })}
      </p>
      <p>{t('accept.final')}</p>
    </AcceptanceDialog>
  );
}
