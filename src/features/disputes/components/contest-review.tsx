import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { FileList } from './file-list';

interface ContestReviewProps {
  /** The case's summary, as on the form. */
  context: ReactNode;
  explanation: string;
  files: readonly File[];
  /** Percent of the upload sent, while sending. */
  progress: number | null;
  /** A new object each time: a second failure with the same message is focused again. */
  sendError: { message: string } | null;
  sending: boolean;
  onSend: () => void;
  onEdit: () => void;
}

/** The contest's second step: what will be sent, then « Envoyer ma contestation ». */
export function ContestReview({
  context,
  explanation,
  files,
  progress,
  sendError,
  sending,
  onSend,
  onEdit,
}: ContestReviewProps) {
  const { t } = useTranslation('disputes');
  const sendErrorRef = useFocusWhenShown<HTMLDivElement>(sendError);
  return (
    <section className="form contest-review" aria-labelledby="contest-review-title">
      <h2 id="contest-review-title" className="visually-hidden">
        {t('contest.steps.review')}
      </h2>
      {context}
      <p>{t('contest.review.intro')}</p>
      {sendError ? (
        <Alert ref={sendErrorRef} tone="error" title={t('contest.review.error')}>
          <p>{sendError.message}</p>
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
        <Button pending={sending} pendingLabel={t('contest.review.sending')} onClick={onSend}>
          {t('contest.review.send')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            if (!sending) onEdit();
          }}
        >
          {t('contest.review.edit')}
        </Button>
      </div>
    </section>
  );
}
