import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import type { DisputesOverview } from '../api/contract';

interface DueSoonNoticeProps {
  dueSoon: DisputesOverview['echeancesProches'];
  /** The list of disputes to handle, nearest deadline first. */
  listHref: string;
}

/** Cases whose deadline is near, as the server counted them on its Paris day; nothing otherwise. */
export function DueSoonNotice({ dueSoon, listHref }: DueSoonNoticeProps) {
  const { t } = useTranslation('dashboard');
  if (dueSoon.nombre === 0) return null;
  return (
    <Alert
      tone="warning"
      title={t('disputes.dueSoon.title', { count: dueSoon.nombre, days: dueSoon.jours })}
    >
      <p>
        <Link to={listHref}>{t('disputes.dueSoon.link')}</Link>
      </p>
    </Alert>
  );
}
