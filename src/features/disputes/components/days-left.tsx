import { useTranslation } from '@/lib/use-translation';
import type { DisputeSummary } from '../api/contract';
import { daysBetween, URGENT_DAYS } from '../api/rules';

/**
 * « J-3 » for a case that awaits an answer. Urgent ones say « Urgent » in words and with an
 * icon, not only in colour; screen readers hear the full sentence instead of « J-3 ».
 */
export function DaysLeft({
  dispute,
  today,
}: {
  dispute: Pick<DisputeSummary, 'statut' | 'dateLimiteReponse'>;
  today: string;
}) {
  const { t } = useTranslation('disputes');
  if (dispute.statut !== 'reponse-requise') return null;
  const days = daysBetween(today, dispute.dateLimiteReponse);
  if (days < 0) return <span className="days-left days-left--past">{t('days.past')}</span>;
  const urgent = days <= URGENT_DAYS;
  const short = days === 0 ? t('days.today') : t('days.left', { count: days });
  const long = days === 0 ? t('days.todayLong') : t('days.leftLong', { count: days });
  return (
    <span className={urgent ? 'days-left days-left--urgent' : 'days-left'}>
      {urgent ? (
        <>
          <span aria-hidden="true">⚠ </span>
          <strong>{t('days.urgent')}</strong>{' '}
        </>
      ) : null}
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{long}</span>
    </span>
  );
}
