import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { formatAmount } from '@/lib/format';
import type { Dispute } from '../api/contract';

/** Says what accepting costs before it is done: the amount goes to the card member, for good. */
export function AcceptDialog({
  dispute,
  open,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  dispute: Dispute;
  open: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation('disputes');
  return (
    <Dialog
      open={open}
      title={t('accept.title', { numero: dispute.numeroDossier })}
      onCancel={() => {
        if (!pending) onCancel();
      }}
    >
      <p>
        {t(`accept.${dispute.type}`, {
          amount: formatAmount(dispute.montantConteste, i18n.language),
        })}
      </p>
      <p>{t('accept.final')}</p>
      {error ? (
        <Alert tone="error" title={t('accept.error')}>
          {error}
        </Alert>
      ) : null}
      <div className="dialog__actions">
        {/* `onConfirm` guards against a second request itself: `pending` is a render late. */}
        <Button pending={pending} pendingLabel={t('accept.pending')} onClick={onConfirm}>
          {t('accept.confirm')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            if (!pending) onCancel();
          }}
        >
          {t('accept.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
