import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { formatAmount } from '@/lib/format';
import { disputeTypeSchema, type DisputeSummary } from '../api/contract';

const total = (disputes: readonly DisputeSummary[]) =>
  disputes.reduce((sum, dispute) => sum + dispute.montantConteste, 0);

/**
 * Says what accepting the selection costs before it is done: how many cases, the amount given
 * up in all, and per type what happens to it, as the single acceptance says it.
 */
export function BulkAcceptDialog({
  disputes,
  open,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  disputes: readonly DisputeSummary[];
  open: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  const count = disputes.length;
  const cancel = () => {
    if (!pending) onCancel();
  };
  return (
    <Dialog open={open} title={t('bulk.dialog.title', { count })} onCancel={cancel}>
      <p>{t('bulk.dialog.summary', { count, amount: formatAmount(total(disputes), lang) })}</p>
      <ul>
        {disputeTypeSchema.options.map((type) => {
          const ofType = disputes.filter((dispute) => dispute.type === type);
          if (ofType.length === 0) return null;
          return (
            <li key={type}>
              {t(`bulk.dialog.${type}`, {
                count: ofType.length,
                amount: formatAmount(total(ofType), lang),
              })}
            </li>
          );
        })}
      </ul>
      <p>{t('bulk.dialog.final', { count })}</p>
      {error ? (
        <Alert tone="error" title={t('bulk.dialog.error')}>
          {error}
        </Alert>
      ) : null}
      <div className="dialog__actions">
        {/* `onConfirm` guards against a second request itself: `pending` is a render late. */}
        <Button pending={pending} pendingLabel={t('bulk.dialog.pending')} onClick={onConfirm}>
          {t('bulk.dialog.confirm')}
        </Button>
        <Button variant="secondary" onClick={cancel}>
          {t('bulk.dialog.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
