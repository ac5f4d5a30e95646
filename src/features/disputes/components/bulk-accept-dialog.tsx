import { useTranslation } from '@/lib/use-translation';
import { formatAmount } from '@/lib/format';
import { disputeTypeSchema, type DisputeSummary } from '../api/contract';
import { AcceptanceDialog, type AcceptanceDialogProps } from './acceptance-dialog';

const total = (disputes: readonly DisputeSummary[]) =>
  disputes.reduce((sum, dispute) => sum + dispute.montantConteste, 0);

/**
 * Says what accepting the selection costs before it is done: how many cases, the amount given
 * up in all, and per type what happens to it, as the single acceptance says it.
 */
export function BulkAcceptDialog({
  disputes,
  ...dialog
}: AcceptanceDialogProps & { disputes: readonly DisputeSummary[] }) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  const count = disputes.length;
  return (
    <AcceptanceDialog
      {...dialog}
      title={t('bulk.dialog.title', { count })}
      texts={{
        confirm: t('bulk.dialog.confirm'),
        pending: t('bulk.dialog.pending'),
        cancel: t('bulk.dialog.cancel'),
        error: t('bulk.dialog.error'),
      }}
    >
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
    </AcceptanceDialog>
  );
}
