import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { PageHeading } from '@/components/page-heading';
import { Stepper } from '@/components/stepper';
import { useSession } from '@/features/auth/api/get-session';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/document-title';
import { formatAmount, formatDate } from '@/lib/format';
import { useSubmitOnce } from '@/lib/use-submit-once';
import { isNotAnswerable } from '../api/answered';
import { useContestDispute } from '../api/contest-dispute';
import {
  EXPLANATION_MAX_LENGTH,
  contestDisputeRequestSchema,
  readOnlyReason,
  type Dispute,
} from '../api/contract';
import { useDispute } from '../api/get-dispute';
import { ActivationRequired } from '../components/activation-required';
import { DocumentPicker } from '../components/document-picker';
import { FileList } from '../components/file-list';
import { ErrorState, LoadingState } from '@/components/query-state';
import { ReadOnlyNotice } from '../components/read-only-notice';
import {
  contestDraftScope,
  contestDraftStore,
  lostDocuments,
  updateContestDraft,
  useContestFiles,
} from '../contest-storage';
import '../disputes.css';
import { disputeCaseHref } from '../list-links';
import { getReasonCode, unknownReasonCodeKeys } from '../reason-codes';
import type { AnsweredState } from './dispute-case';

type Step = 'form' | 'review';
const EXPLANATION_ID = 'contest-explanation';
const DOCUMENTS_ID = 'contest-documents';

export default function ContestDisputeRoute() {
  const { t } = useTranslation('disputes');
  const { numero = '' } = useParams();
  const { data: session } = useSession();
  const user = session?.user;
  const detail = useDispute(numero);
  const [step, setStep] = useState<Step>('form');
  const stepTitle = t(`contest.steps.${step}`);
  useDocumentTitle(`${t('contest.documentTitle', { numero })} · ${stepTitle}`);

  let content;
  if (!user?.gestionLitiges) content = <ActivationRequired />;
  else if (detail.isPending) content = <LoadingState label={t('case.loading')} />;
  else if (detail.isError) {
    content = (
      <ErrorState
        title={t('case.error')}
        error={detail.error}
        retrying={detail.isFetching}
        onRetry={() => void detail.refetch()}
      />
    );
  } else {
    const { litige, aujourdhui } = detail.data;
    const reason = readOnlyReason(litige, aujourdhui);
    content = reason ? (
      <ReadOnlyNotice dispute={litige} reason={reason} />
    ) : (
      <ContestForm dispute={litige} identifiant={user.identifiant} step={step} onStep={setStep} />
    );
  }

  return (
    <div className="page disputes page--medium">
      <p className="back-link">
        <Link to={disputeCaseHref(numero)}>
          <span aria-hidden="true">← </span>
          {t('contest.back')}
        </Link>
      </p>
      <PageHeading focusKey={step}>
        {t('contest.heading', { numero })}
        <span className="page-heading__step">
          {t('contest.stepHeading', { step: step === 'form' ? 1 : 2, title: stepTitle })}
        </span>
      </PageHeading>
      <Stepper
        label={t('contest.stepsLabel')}
        stateLabels={{
          done: t('contest.stepStates.done'),
          current: t('contest.stepStates.current'),
          upcoming: t('contest.stepStates.upcoming'),
        }}
        steps={[
          {
            id: 'form',
            title: t('contest.steps.form'),
            state: step === 'form' ? 'current' : 'done',
          },
          {
            id: 'review',
            title: t('contest.steps.review'),
            state: step === 'review' ? 'current' : 'upcoming',
          },
        ]}
      />
      {content}
    </div>
  );
}

type Errors = { explication?: string; documents?: string };

function ContestForm({
  dispute,
  identifiant,
  step,
  onStep,
}: {
  dispute: Dispute;
  identifiant: string;
  step: Step;
  onStep: (step: Step) => void;
}) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  const navigate = useNavigate();
  const numero = dispute.numeroDossier;
  const scope = contestDraftScope(identifiant, numero);
  const [stored] = useState(() => contestDraftStore.read(scope));
  const [explanation, setExplanation] = useState(stored?.explication ?? '');
  const [files, setFiles] = useContestFiles(numero);
  // A reload or an expired session keeps the files' names, never the files: say which to add.
  const [lost, setLost] = useState(() => lostDocuments(stored, files));
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [checkingFiles, setCheckingFiles] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [sendError, setSendError] = useState<string | null>(null);
  const sendErrorRef = useRef<HTMLDivElement>(null);
  const contest = useContestDispute(numero, (sent) => setProgress(Math.round(sent * 100)));
  const submitOnce = useSubmitOnce();
  const reason = getReasonCode(dispute.motif) ?? unknownReasonCodeKeys;
  const length = explanation.trim().length;

  const write = (value: string) => {
    setExplanation(value);
    updateContestDraft(scope, (draft) => ({ ...draft, explication: value }));
  };

  const changeFiles = (next: readonly File[]) => {
    setFiles(next);
    const names = next.map((file) => file.name);
    updateContestDraft(scope, (draft) => ({ ...draft, documents: names }));
    setLost((current) => current.filter((name) => !names.includes(name)));
  };

  // Kept until chosen again: another reload meanwhile still names them.
  useEffect(() => {
    const kept = contestDraftStore.read(scope)?.lostDocuments ?? [];
    if (JSON.stringify(kept) === JSON.stringify(lost)) return;
    updateContestDraft(scope, (draft) => ({ ...draft, lostDocuments: lost }));
  }, [scope, lost]);

  const check = (): Errors => {
    const parsed = contestDisputeRequestSchema.safeParse({
      explication: explanation,
      documents: files.map((file) => ({ nom: file.name, typeMime: file.type, taille: file.size })),
    });
    if (parsed.success) return {};
    const found: Errors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'explication' ? 'explication' : 'documents';
      found[field] ??= issue.message;
    }
    if (found.explication && length === 0)
      found.explication = 'disputes:contest.explanation.required';
    return found;
  };

  const review = (event: FormEvent) => {
    event.preventDefault();
    // Files still being checked are not in the list yet: reviewing now would leave them out.
    if (checkingFiles) return;
    const found = check();
    setErrors(found);
    if (found.explication || found.documents) {
      setAttempt((count) => count + 1);
      return;
    }
    onStep('review');
  };

  const send = async () => {
    const explication = explanation.trim();
    // The same text and the same files sent again after a lost answer keep their key.
    const submission = submitOnce([explication, ...files]);
    if (!submission) return;
    setSendError(null);
    setProgress(0);
    try {
      await contest.mutateAsync({
        input: { explication, documents: files },
        idempotencyKey: submission.key,
      });
      contestDraftStore.clear(scope);
      setFiles([]);
      await navigate(disputeCaseHref(numero), {
        replace: true,
        state: { answered: 'contestee' } satisfies AnsweredState,
      });
    } catch (error) {
      submission.failed(error);
      setProgress(null);
      const fieldErrors = isApiError(error) ? error.body?.fieldErrors : undefined;
      if (fieldErrors && Object.keys(fieldErrors).length > 0) {
        const explication = fieldErrors.explication;
        const documents = Object.entries(fieldErrors).find(([key]) =>
          key.startsWith('documents'),
        )?.[1];
        setErrors({
          ...(explication ? { explication } : {}),
          ...(documents ? { documents } : {}),
        });
        setAttempt((count) => count + 1);
        onStep('form');
        return;
      }
      setSendError(
        isNotAnswerable(error) ? t('answerErrors.notAnswerable') : t(apiErrorMessageKey(error)),
      );
      requestAnimationFrame(() => sendErrorRef.current?.focus());
    }
  };

  const summary = [
    errors.explication ? { fieldId: EXPLANATION_ID, message: t(errors.explication) } : null,
    errors.documents ? { fieldId: DOCUMENTS_ID, message: t(errors.documents) } : null,
  ].filter((entry) => entry !== null);

  const context = (
    <p className="contest-context">
      {t('contest.summary', {
        type: t(`types.${dispute.type}`),
        motif: `${dispute.motif} — ${t(reason.labelKey, { code: dispute.motif })}`,
        amount: formatAmount(dispute.montantConteste, lang),
        date: formatDate(dispute.dateLimiteReponse, lang),
      })}
    </p>
  );

  if (step === 'review') {
    const sending = contest.isPending;
    return (
      <section className="form contest-review" aria-labelledby="contest-review-title">
        <h2 id="contest-review-title" className="visually-hidden">
          {t('contest.steps.review')}
        </h2>
        {context}
        <p>{t('contest.review.intro')}</p>
        {sendError ? (
          <Alert ref={sendErrorRef} tone="error" title={t('contest.review.error')}>
            <p>{sendError}</p>
          </Alert>
        ) : null}
        <h3>{t('contest.review.explanation')}</h3>
        <blockquote className="preserve-lines quote">{explanation.trim()}</blockquote>
        <h3>{t('contest.review.documents')}</h3>
        {files.length === 0 ? <p>{t('contest.review.none')}</p> : <FileList files={files} />}
        {progress !== null ? (
          <div className="upload-progress">
            <label htmlFor="contest-progress">{t('contest.review.progress')}</label>
            <progress id="contest-progress" max={100} value={progress}>
              {t('contest.review.progressValue', { percent: progress })}
            </progress>
            <span role="status">{t('contest.review.progressValue', { percent: progress })}</span>
          </div>
        ) : null}
        <div className="actions">
          <Button
            pending={sending}
            pendingLabel={t('contest.review.sending')}
            onClick={() => void send()}
          >
            {t('contest.review.send')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              if (!sending) onStep('form');
            }}
          >
            {t('contest.review.edit')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <form className="form" noValidate onSubmit={review}>
      <ErrorSummary title={t('contest.errorSummary')} errors={summary} focusKey={attempt} />
      {context}
      <section className="callout guidance" aria-labelledby="contest-guidance">
        <h2 id="contest-guidance">{t('case.guidance')}</h2>
        <p>{t(reason.guidanceKey)}</p>
      </section>
      <div className={errors.explication ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={EXPLANATION_ID}>
          {t('contest.explanation.label')}
        </label>
        <p className="field__hint" id={`${EXPLANATION_ID}-hint`}>
          {t('contest.explanation.hint')}
        </p>
        {errors.explication ? (
          <p className="field__error" id={`${EXPLANATION_ID}-error`}>
            <span aria-hidden="true">⚠ </span>
            {t(errors.explication)}
          </p>
        ) : null}
        <textarea
          id={EXPLANATION_ID}
          className="field__input textarea"
          rows={8}
          value={explanation}
          onChange={(event) => write(event.currentTarget.value)}
          aria-invalid={errors.explication ? true : undefined}
          aria-describedby={[
            `${EXPLANATION_ID}-hint`,
            errors.explication ? `${EXPLANATION_ID}-error` : null,
            `${EXPLANATION_ID}-counter`,
          ]
            .filter(Boolean)
            .join(' ')}
        />
        <p
          id={`${EXPLANATION_ID}-counter`}
          className={length > EXPLANATION_MAX_LENGTH ? 'counter counter--over' : 'counter'}
        >
          {t('contest.explanation.counter', {
            length: new Intl.NumberFormat(lang.startsWith('en') ? 'en-GB' : 'fr-FR').format(length),
          })}
        </p>
      </div>
      <DocumentPicker
        inputId={DOCUMENTS_ID}
        files={files}
        toChooseAgain={lost}
        onChange={changeFiles}
        onCheckingChange={setCheckingFiles}
        error={errors.documents}
      />
      <div className="actions">
        <Button
          type="submit"
          pending={checkingFiles}
          pendingLabel={t('contest.documents.checking')}
        >
          {t('contest.continue')}
        </Button>
        <Link className="button button--secondary" to={disputeCaseHref(numero)}>
          {t('contest.back')}
        </Link>
      </div>
      <p className="field__hint">{t('contest.explanation.saved')}</p>
    </form>
  );
}
