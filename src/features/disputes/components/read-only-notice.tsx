import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { formatDate } from '@/lib/format';
import type { Dispute, ReadOnlyReason } from '../api/contract';

/** Why no answer is possible any more: closed, already answered, or too late. */
export function ReadOnlyNotice({ dispute, reason }: { dispute: Dispute; reason: ReadOnlyReason }) {
  const { t, i18n } = useTranslation('disputes');
  return (
    <Alert
      tone={reason === 'en-cours-examen' ? 'info' : 'warning'}
      title={t('case.readOnly.title')}
      live={false}
    >
      <p>
        {t(`case.readOnly.${reason}`, {
          status: t(`statuses.${dispute.statut}`),
          date: formatDate(dispute.dateLimiteReponse, i18n.language),
        })}
      </p>
    </Alert>
  );
}
