import { useEffect } from 'react';
import { useTranslation } from '@/lib/use-translation';

/** Names the page in the tab and for screen readers announcing the new page. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation('common');
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
