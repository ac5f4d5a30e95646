import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { PageHeading } from '@/components/page-heading';
import { useCurrentUser } from '@/features/auth/api/current-user';
import type { SessionUser } from '@/features/auth/api/contract';
import { useDocumentTitle } from '@/lib/document-title';
import { dashboardPath, paths } from '@/lib/paths';
import type { ActivationResponse, NotificationSettingsInput } from '../api/contract';
import { ConditionsStep } from '../components/conditions-step';
import { notificationSummaryKey } from '../components/notification-fields';
import { NotificationsStep } from '../components/notifications-step';
import { ReviewStep } from '../components/review-step';
import { activationSteps, StepIndicator } from '../components/step-indicator';
import {
  clearDraft,
  readDraft,
  writeDraft,
  type ActivationDraft,
  type ActivationStep,
} from '../draft';

function initialDraft(email: string): ActivationDraft {
  return {
    step: 1,
    conditionsAcceptees: false,
    notifications: { ouverture: true, miseAJour: true, rappels: true, email },
  };
}

export default function ActivationRoute() {
  const user = useCurrentUser();
  return <ActivationFlow key={user.identifiant} user={user} />;
}

function ActivationFlow({ user }: { user: SessionUser }) {
  const { t } = useTranslation('activation');
  const navigate = useNavigate();
  const { identifiant } = user;
  const [stored] = useState(() => readDraft(identifiant));
  const [draft, setDraft] = useState<ActivationDraft>(() => stored ?? initialDraft(user.email));
  const [showRestored, setShowRestored] = useState(stored !== null);
  const [activated, setActivated] = useState<ActivationResponse['notifications'] | null>(null);

  // Each step has its own URL (`?etape=2`): Back and Forward move between steps, and a later
  // step opened before the conditions are accepted shows the first one.
  const [searchParams] = useSearchParams();
  const requested = Number(searchParams.get('etape') ?? draft.step);
  const step: ActivationStep =
    !draft.conditionsAcceptees || requested <= 1 ? 1 : requested >= 3 ? 3 : 2;
  useEffect(() => {
    if (!activated) writeDraft(identifiant, { ...draft, step });
  }, [identifiant, draft, step, activated]);

  const goTo = (next: ActivationStep) => {
    setShowRestored(false);
    void navigate(`?etape=${next}`);
  };
  const onConditionsChange = useCallback(
    (conditionsAcceptees: boolean) => setDraft((current) => ({ ...current, conditionsAcceptees })),
    [],
  );
  const onNotificationsChange = useCallback(
    (notifications: NotificationSettingsInput) =>
      setDraft((current) => ({ ...current, notifications })),
    [],
  );
  const cancel = () => clearDraft(identifiant);
  const onActivated = (result: ActivationResponse) => {
    clearDraft(identifiant);
    // Another tab or an earlier click already subscribed: nothing changed, say so.
    if (result.dejaActive) void navigate(dashboardPath('deja-active'), { replace: true });
    else setActivated(result.notifications);
  };

  const stepName = activated
    ? t('steps.done')
    : t(`steps.${activationSteps[step - 1] ?? 'conditions'}`);
  const stepLabel = t('stepOf', {
    current: step,
    total: activationSteps.length,
    name: stepName,
  });
  useDocumentTitle(
    activated ? `${t('done.title')} – ${t('title')}` : `${stepLabel} – ${t('title')}`,
  );

  if (activated) {
    const summaryKey = notificationSummaryKey(activated);
    return (
      <div className="page page--narrow">
        <PageHeading focusKey="done">{t('done.title')}</PageHeading>
        <div className="form">
          <p>{t('done.text')}</p>
          <p>
            {summaryKey === 'summary.none'
              ? t('done.notificationsOff')
              : t('done.notificationsOn', {
                  email: activated.email,
                  events: t(summaryKey).toLocaleLowerCase(),
                })}
          </p>
          <p>
            <Link className="button button--primary" to={paths.dashboard}>
              {t('done.dashboard')}
            </Link>
          </p>
        </div>
      </div>
    );
  }

  return (
    <div className="page page--narrow">
      <PageHeading focusKey={String(step)}>
        {t('title')} <span className="page-heading__step">{stepLabel}</span>
      </PageHeading>
      <StepIndicator current={step} />
      {showRestored ? <Alert tone="info" title={t('draftRestored')} /> : null}
      {step === 1 ? (
        <ConditionsStep
          accepted={draft.conditionsAcceptees}
          onChange={onConditionsChange}
          onNext={() => goTo(2)}
          onCancel={cancel}
        />
      ) : null}
      {step === 2 ? (
        <NotificationsStep
          values={draft.notifications}
          onChange={onNotificationsChange}
          onNext={(notifications) => {
            setDraft((current) => ({ ...current, notifications }));
            goTo(3);
          }}
          onBack={() => goTo(1)}
          onCancel={cancel}
        />
      ) : null}
      {step === 3 ? (
        <ReviewStep draft={draft} onEdit={goTo} onActivated={onActivated} onCancel={cancel} />
      ) : null}
    </div>
  );
}
