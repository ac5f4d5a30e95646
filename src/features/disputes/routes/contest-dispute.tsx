import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { apiFieldErrors } from '@/components/form/field-errors';
import { TextareaField } from '@/components/form/textarea-field';
import { useFormValidation } from '@/components/form/use-form-validation';
import { zodCheck } from '@/components/form/zod-check';
import { PageHeading } from '@/components/page-heading';
import { Stepper } from '@/components/stepper';
import { useCurrentUser } from '@/features/auth/api/current-user';
import { apiErrorMessageKey } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/document-title';
import { formatAmount, formatDate, formatNumber } from '@/lib/format';
import { useSubmitOnce } from '@/lib/use-submit-once';
import { isNotAnswerable } from '../api/answered';
import { useContestDispute } from '../api/contest-dispute';
import { EXPLANATION_MAX_LENGTH, contestDisputeRequestSchema, type Dispute } from '../api/contract';
import { useDispute } from '../api/get-dispute';
import { useRecordContestDraft } from '../api/record-contest-draft';
import { readOnlyReason } from '../api/rules';
import { DocumentPicker } from '../components/document-picker';
import { ContestReview } from '../components/contest-review';
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
type Name = 'explication' | 'documents';
const fields: readonly Name[] = ['explication', 'documents'];

export default function ContestDisputeRoute() {
  const { t } = useTranslation('disputes');
  const { numero = '' } = useParams();
  const user = useCurrentUser();
  const detail = useDispute(numero);
  const navigate = useNavigate();
  // Each step has its own URL (`?etape=2`), as in signup and activation: Back returns from the
  // review to the form. The review opens only once the form passed its checks in this visit:
  // after a reload the text is restored, the chosen files are not.
  const [searchParams] = useSearchParams();
  const [checked, setChecked] = useState(false);
  const step: Step = searchParams.get('etape') === '2' && checked ? 'review' : 'form';
  const goTo = (next: Step) => {
    if (next === 'review') setChecked(true);
    void navigate(`?etape=${next === 'review' ? 2 : 1}`);
  };
  const stepTitle = t(`contest.steps.${step}`);
  useDocumentTitle(`${t('contest.documentTitle', { numero })} · ${stepTitle}`);

  let content;
  if (detail.isPending) content = <LoadingState label={t('case.loading')} />;
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
      <ContestForm dispute={litige} identifiant={user.identifiant} step={step} onStep={goTo} />
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
  const [checkingFiles, setCheckingFiles] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [sendError, setSendError] = useState<{ message: string } | null>(null);
  // What the check reads: the text as typed (the form's change comes before the new render),
  // and the files as last chosen.
  const formRef = useRef<HTMLFormElement>(null);
  const chosenFiles = useRef<readonly File[]>(files);
  const contest = useContestDispute(numero, (sent) => setProgress(Math.round(sent * 100)));
  const submitOnce = useSubmitOnce();
  const reason = getReasonCode(dispute.motif) ?? unknownReasonCodeKeys;
  const length = explanation.trim().length;

  const recordDraft = useRecordContestDraft(numero);
  const draftRecorded = useRef(false);
  /*
   * The draft is saved on this device at every change; the case's journal hears of it once per
   * visit of the form, at its first change (again at the next change if that call failed).
   */
  const saveDraft = (change: Parameters<typeof updateContestDraft>[1]) => {
    updateContestDraft(scope, change);
    if (draftRecorded.current) return;
    draftRecorded.current = true;
    recordDraft.mutate(undefined, {
      onError: () => {
        draftRecorded.current = false;
      },
    });
  };

  const write = (value: string) => {
    setExplanation(value);
    saveDraft((draft) => ({ ...draft, explication: value }));
  };

  const changeFiles = (next: readonly File[]) => {
    chosenFiles.current = next;
    setFiles(next);
    const names = next.map((file) => file.name);
    saveDraft((draft) => ({ ...draft, documents: names }));
    setLost((current) => current.filter((name) => !names.includes(name)));
    recheck('documents');
  };

  // Kept until chosen again: another reload meanwhile still names them.
  useEffect(() => {
    const kept = contestDraftStore.read(scope)?.lostDocuments ?? [];
    if (JSON.stringify(kept) === JSON.stringify(lost)) return;
    updateContestDraft(scope, (draft) => ({ ...draft, lostDocuments: lost }));
  }, [scope, lost]);

  const { errorOf, idOf, summary, onChange, recheck, showErrors, handleSubmit } = useFormValidation(
    {
      fields,
      idPrefix: 'contest',
      reusable: true,
      check: () => {
        const typed = formRef.current?.elements.namedItem('explication');
        const explication = typed instanceof HTMLTextAreaElement ? typed.value : explanation;
        const result = zodCheck(
          contestDisputeRequestSchema,
          {
            explication,
            documents: chosenFiles.current.map((file) => ({
              nom: file.name,
              typeMime: file.type,
              taille: file.size,
            })),
          },
          fields,
        );
        if (!result.ok && result.errors.explication && explication.trim().length === 0) {
          result.errors.explication = 'disputes:contest.explanation.required';
        }
        return result;
      },
    },
  );

  const submitReview = handleSubmit(async () => onStep('review'));
  const review = (event: FormEvent) => {
    event.preventDefault();
    // Files still being checked are not in the list yet: reviewing now would leave them out.
    if (checkingFiles) return;
    submitReview(event);
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
      const fieldErrors = apiFieldErrors(error, fields);
      if (fieldErrors) {
        showErrors(fieldErrors);
        onStep('form');
        return;
      }
      setSendError({
        message: isNotAnswerable(error)
          ? t('answerErrors.notAnswerable')
          : t(apiErrorMessageKey(error)),
      });
    }
  };

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
    return (
      <ContestReview
        context={context}
        explanation={explanation}
        files={files}
        progress={progress}
        sendError={sendError}
        sending={contest.isPending}
        onSend={() => void send()}
        onEdit={() => onStep('form')}
      />
    );
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={review} onChange={onChange}>
      <ErrorSummary title={t('contest.errorSummary')} summary={summary} />
      {context}
      <section className="callout guidance" aria-labelledby="contest-guidance">
        <h2 id="contest-guidance">{t('case.guidance')}</h2>
        <p>{t(reason.guidanceKey)}</p>
      </section>
      <TextareaField
        id={idOf('explication')}
        name="explication"
        label={t('contest.explanation.label')}
        hint={t('contest.explanation.hint')}
        error={errorOf('explication')}
        rows={8}
        value={explanation}
        onChange={(event) => write(event.currentTarget.value)}
        counter={
          <p className={length > EXPLANATION_MAX_LENGTH ? 'counter counter--over' : 'counter'}>
            {t('contest.explanation.counter', {
              length: formatNumber(length, lang),
            })}
          </p>
        }
      />
      <DocumentPicker
        inputId={idOf('documents')}
        files={files}
        toChooseAgain={lost}
        onChange={changeFiles}
        onCheckingChange={setCheckingFiles}
        error={errorOf('documents')}
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
