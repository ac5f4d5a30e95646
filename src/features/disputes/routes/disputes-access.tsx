import { useTranslation } from '@/lib/use-translation';
import { Outlet, useLoaderData } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/lib/document-title';
import { ActivationRequired } from '../components/activation-required';
import type { DisputesAccess } from '../guards';
import '../disputes.css';

/** Around every disputes page: the page itself for a subscribed account, else the activation. */
export default function DisputesAccessRoute() {
  const { subscribed } = useLoaderData<DisputesAccess>();
  return subscribed ? <Outlet /> : <NotSubscribed />;
}

function NotSubscribed() {
  const { t } = useTranslation('disputes');
  useDocumentTitle(t('title'));
  return (
    <div className="page disputes">
      <PageHeading>{t('list.heading')}</PageHeading>
      <ActivationRequired />
    </div>
  );
}
