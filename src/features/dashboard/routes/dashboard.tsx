import { useTranslation } from '@/lib/use-translation';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { PageHeading } from '@/components/page-heading';
import { useCurrentUser } from '@/features/auth/api/current-user';
import { useSession } from '@/features/auth/api/session-store';
import { useDocumentTitle } from '@/lib/document-title';
import type { DashboardInfo } from '@/lib/paths';
import { useAccountSummary } from '../api/get-account-summary';
import { AccountDetails } from '../components/account-details';
import { ActivationPrompt } from '../components/activation-prompt';
import { DisputesOverviewCard } from '../components/disputes-overview-card';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useActivationPromptDismissal } from '../prompt-dismissal';
import '../dashboard.css';

const infoKeys = {
  'deja-active': 'info.alreadyActive',
  'activation-requise': 'info.activationRequired',
} as const satisfies Record<DashboardInfo, string>;

function isDashboardInfo(value: string | null): value is DashboardInfo {
  return value !== null && Object.hasOwn(infoKeys, value);
}

export default function DashboardRoute() {
  const { t } = useTranslation('dashboard');
  const user = useCurrentUser();
  const { data: session } = useSession();
  const [searchParams] = useSearchParams();
  const account = useAccountSummary();
  const { dismissed, dismiss } = useActivationPromptDismissal(session?.csrfToken ?? '');
  useDocumentTitle(t('title'));

  const info = searchParams.get('info');
  // The session knows at once whether the tool is on; the prompt needs no extra call.
  const subscribed = user.gestionLitiges;

  return (
    <div className="page">
      <PageHeading focusKey={dismissed ? 'later' : 'page'}>{t('heading')}</PageHeading>
      {isDashboardInfo(info) ? <Alert tone="info" title={t(infoKeys[info])} /> : null}
      {!subscribed && !dismissed ? <ActivationPrompt onLater={dismiss} /> : null}
      <p className="lead">{t('welcome', { name: `${user.prenom} ${user.nom}` })}</p>
      {account.isPending ? <LoadingState label={t('account.loading')} /> : null}
      {account.isError ? (
        <ErrorState
          title={t('account.error')}
          error={account.error}
          retrying={account.isFetching}
          onRetry={() => void account.refetch()}
        />
      ) : null}
      {account.data ? <AccountDetails account={account.data} /> : null}
      {subscribed ? <DisputesOverviewCard /> : null}
    </div>
  );
}
