import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { formatNumber } from '@/lib/format';
import { formatPercent } from '../format';
import type { DisputeStatistics } from '../api/statistics-contract';
import { getReasonCode, unknownReasonCodeKeys } from '../reason-codes';
import type { PeriodRange } from './period-range';

/** The most frequent reasons of the period, with their code, label, count and share. */
export function TopReasons({ stats, range }: { stats: DisputeStatistics; range: PeriodRange }) {
  const { t, i18n } = useTranslation('disputes-statistics');
  const lang = i18n.language;
  const headingId = useId();
  return (
    <section className="statistics__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="statistics__heading">
        {t('reasons.heading')}
      </h2>
      <table className="statistics-table">
        <caption className="statistics-table__caption">{t('reasons.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reasons.reason')}</th>
            <th scope="col" className="numeric">
              {t('reasons.cases')}
            </th>
            <th scope="col" className="numeric">
              {t('reasons.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.motifs.map(({ code, dossiers }) => {
            const reason = getReasonCode(code);
            return (
              <tr key={code}>
                <th scope="row">
                  <span className="statistics-table__code">{code}</span>{' '}
                  {reason ? t(reason.labelKey) : t(unknownReasonCodeKeys.labelKey, { code })}
                </th>
                <td className="numeric">{formatNumber(dossiers, lang)}</td>
                <td className="numeric">
                  {formatPercent(dossiers / Math.max(1, stats.dossiers.ouverts), lang)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
