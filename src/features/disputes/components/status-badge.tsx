import { useTranslation } from 'react-i18next';
import { tabOfStatus, type DisputeStatus } from '../api/contract';

/** The status in words; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: DisputeStatus }) {
  const { t } = useTranslation('disputes');
  return (
    <span className={`status-badge status-badge--${tabOfStatus(status)}`}>
      {t(`statuses.${status}`)}
    </span>
  );
}
