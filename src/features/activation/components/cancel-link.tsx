import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

/** Leaves the activation for the dashboard; the caller forgets the answers. */
export function CancelLink({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation('activation');
  return (
    <Link to={paths.dashboard} onClick={onCancel}>
      {t('actions.cancel')}
    </Link>
  );
}
