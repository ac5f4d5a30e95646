import { useTranslation } from '@/lib/use-translation';
import { formatAmount, formatDate } from '@/lib/format';
import type { Dispute } from '../api/contract';
import { getReasonCode, unknownReasonCodeKeys } from '../reason-codes';
import { DaysLeft } from './days-left';
import { StatusBadge } from './status-badge';

/** Every field of the case, as the network sent it. */
export function DisputeDetails({ dispute, today }: { dispute: Dispute; today: string }) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  const reason = getReasonCode(dispute.motif);
  const keys = reason ?? unknownReasonCodeKeys;
  return (
    <section className="card" aria-labelledby="case-details">
      <h2 id="case-details">{t('case.details')}</h2>
      <dl className="summary case-summary">
        <div>
          <dt>{t('case.fields.status')}</dt>
          <dd>
            <StatusBadge status={dispute.statut} />
          </dd>
        </div>
        <div>
          <dt>{t('case.fields.type')}</dt>
          <dd>{t(`types.${dispute.type}`)}</dd>
        </div>
        <div className="case-summary__wide">
          <dt>{t('case.fields.motif')}</dt>
          <dd>
            {t('case.motifValue', {
              code: dispute.motif,
              label: t(keys.labelKey, { code: dispute.motif }),
            })}
            <span className="summary__detail">{t(keys.explanationKey)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('case.fields.amountDisputed')}</dt>
          <dd>{formatAmount(dispute.montantConteste, lang)}</dd>
        </div>
        <div>
          <dt>{t('case.fields.amountTransaction')}</dt>
          <dd>{formatAmount(dispute.montantTransaction, lang)}</dd>
        </div>
        <div>
          <dt>{t('case.fields.transactionDate')}</dt>
          <dd>{formatDate(dispute.dateTransaction, lang)}</dd>
        </div>
        <div>
          <dt>{t('case.fields.openingDate')}</dt>
          <dd>{formatDate(dispute.dateOuverture, lang)}</dd>
        </div>
        <div>
          <dt>{t('case.fields.deadline')}</dt>
          <dd>
            {formatDate(dispute.dateLimiteReponse, lang)}{' '}
            <DaysLeft dispute={dispute} today={today} />
          </dd>
        </div>
        <div>
          <dt>{t('case.fields.card')}</dt>
          <dd>
            <span aria-hidden="true">
              {t('list.card', { digits: dispute.derniersChiffresCarte })}
            </span>
            <span className="visually-hidden">
              {t('list.cardLong', { digits: dispute.derniersChiffresCarte })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('case.fields.reference')}</dt>
          <dd className="break">{dispute.referenceTitulaire}</dd>
        </div>
        <div>
          <dt>{t('case.fields.merchant')}</dt>
          <dd>{dispute.numeroCommercant}</dd>
        </div>
      </dl>
    </section>
  );
}
