import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { PageHeading } from '@/components/page-heading';
import { useCurrentUser } from '@/features/auth/api/current-user';
import { apiErrorMessageKey } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/document-title';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useSubmitOnce } from '@/lib/use-submit-once';
import { useAcceptDispute } from '../api/accept-dispute';
import { isNotAnswerable } from '../api/answered';
import type { AuditEntry, Dispute } from '../api/contract';
import { useDispute } from '../api/get-dispute';
import { readOnlyReason } from '../api/rules';
import { AcceptDialog } from '../components/accept-dialog';
import { DisputeDetails } from '../components/dispute-details';
import { DisputeDocuments, DisputeTimeline } from '../components/dispute-timeline';
import { ErrorState, LoadingState } from '@/components/query-state';
import { ReadOnlyNotice } from '../components/read-only-notice';
import { contestDraftScope, contestDraftStore, useContestFiles } from '../contest-storage';
import '../disputes.css';
import { contestHref } from '../list-links';
import { getReasonCode, unknownReasonCodeKeys } from '../reason-codes';

export type AnsweredState = { answered?: 'accepte' | 'contestee' } | null;

export default function DisputeCaseRoute() {
  const { t } = useTranslation('disputes');
  const { numero = '' } = useParams();
  const user = useCurrentUser();
  useDocumentTitle(t('case.documentTitle', { numero }));
  return (
    <div className="page disputes">
      <p className="back-link">
        <Link to={paths.disputes}>
          <span aria-hidden="true">← </span>
          {t('case.back')}
        </Link>
      </p>
      <PageHeading>{t('case.heading', { numero })}</PageHeading>
      <DisputeCase numero={numero} identifiant={user.identifiant} />
    </div>
  );
}

function DisputeCase({ numero, identifiant }: { numero: string; identifiant: string }) {
  const { t } = useTranslation('disputes');
  const detail = useDispute(numero);

  if (detail.isPending) return <LoadingState label={t('case.loading')} />;
  if (detail.isError) {
    return (
      <ErrorState
        title={t('case.error')}
        error={detail.error}
        retrying={detail.isFetching}
        onRetry={() => void detail.refetch()}
      />
    );
  }
  const { litige, aujourdhui, audit } = detail.data;
  return (
    <CaseContent dispute={litige} today={aujourdhui} audit={audit} identifiant={identifiant} />
  );
}

function CaseContent({
  dispute,
  today,
  audit,
  identifiant,
}: {
  dispute: Dispute;
  today: string;
  audit: readonly AuditEntry[];
  identifiant: string;
}) {
  const { t, i18n } = useTranslation('disputes');
  const location = useLocation();
  const fromContest = (location.state as AnsweredState)?.answered;
  const [answered, setAnswered] = useState(fromContest ?? null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const reason = readOnlyReason(dispute, today);
  const keys = getReasonCode(dispute.motif) ?? unknownReasonCodeKeys;

  useEffect(() => {
    if (answered || notice) noticeRef.current?.focus();
  }, [answered, notice]);

  return (
    <>
      <p className="case-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('case.print')}
        </Button>
      </p>
      {answered ? (
        <Alert ref={noticeRef} tone="success" title={t(`case.answered.${answered}`)} />
      ) : null}
      {notice ? <Alert ref={noticeRef} tone="error" title={notice} /> : null}
      {reason ? (
        <ReadOnlyNotice dispute={dispute} reason={reason} />
      ) : (
        <AnswerActions
          dispute={dispute}
          identifiant={identifiant}
          onAccepted={() => {
            setNotice(null);
            setAnswered('accepte');
          }}
          onRefused={(message) => setNotice(message)}
        />
      )}
      <DisputeDetails dispute={dispute} today={today} />
      <div className="cards case-cards">
        <section className="card" aria-labelledby="case-notes">
          <h2 id="case-notes">{t('case.notes')}</h2>
          <p className="preserve-lines">{dispute.notesReseau || t('case.noNotes')}</p>
        </section>
        <section className="card" aria-labelledby="case-guidance">
          <h2 id="case-guidance">{t('case.guidance')}</h2>
          <p>{t(keys.guidanceKey)}</p>
        </section>
      </div>
      {dispute.reponseCommercant ? (
        <section className="card" aria-labelledby="case-response">
          <h2 id="case-response">{t('case.response.title')}</h2>
          <p>
            {t(`case.response.${dispute.reponseCommercant.decision}`, {
              date: formatDate(dispute.reponseCommercant.date, i18n.language),
            })}
          </p>
          {dispute.reponseCommercant.explication ? (
            <blockquote className="preserve-lines quote">
              {dispute.reponseCommercant.explication}
            </blockquote>
          ) : null}
        </section>
      ) : null}
      <DisputeTimeline dispute={dispute} audit={audit} />
      <DisputeDocuments dispute={dispute} />
    </>
  );
}

function AnswerActions({
  dispute,
  identifiant,
  onAccepted,
  onRefused,
}: {
  dispute: Dispute;
  identifiant: string;
  onAccepted: () => void;
  onRefused: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('disputes');
  const accept = useAcceptDispute(dispute.numeroDossier);
  const submitOnce = useSubmitOnce();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [files] = useContestFiles(dispute.numeroDossier);
  const draft = contestDraftStore.read(contestDraftScope(identifiant, dispute.numeroDossier));
  const hasDraft =
    files.length > 0 || Boolean(draft?.explication) || (draft?.documents.length ?? 0) > 0;

  const confirm = async () => {
    const submission = submitOnce();
    if (!submission) return;
    setError(null);
    try {
      await accept.mutateAsync({ request: {}, idempotencyKey: submission.key });
      setOpen(false);
      onAccepted();
    } catch (failure) {
      submission.failed(failure);
      if (isNotAnswerable(failure)) {
        setOpen(false);
        onRefused(t('answerErrors.notAnswerable'));
        return;
      }
      setError(t(apiErrorMessageKey(failure)));
    }
  };

  return (
    <section className="card answer-card" aria-labelledby="case-answer">
      <h2 id="case-answer">{t('case.actions.title')}</h2>
      <p>
        {t('case.actions.intro', {
          date: formatDate(dispute.dateLimiteReponse, i18n.language),
        })}
      </p>
      {hasDraft ? <p className="draft-note">{t('case.actions.draft')}</p> : null}
      <div className="actions">
        <Link className="button button--primary" to={contestHref(dispute.numeroDossier)}>
          {t('case.actions.contest')}
        </Link>
        <Button
          variant="secondary"
          onClick={() => {
            setError(null);
            setOpen(true);
          }}
        >
          {t('case.actions.accept')}
        </Button>
      </div>
      <AcceptDialog
        dispute={dispute}
        open={open}
        pending={accept.isPending}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      />
    </section>
  );
}
