import { useTranslation } from '@/lib/use-translation';
import type { DisputeStatus } from '../api/contract';
import { tabOfStatus } from '../api/rules';

/** The status in words; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: DisputeStatus }) {
  const { t } = useTranslation('disputes');
  return (
    <span className={`status-badge status-badge--${tabOfStatus(status)}`}>
      {t(`statuses.${status}`)}
    </span>
  );
}
