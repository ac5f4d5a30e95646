import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { formatAmount, formatNumber } from '@/lib/format';
import { formatPercent } from '../format';
import type { DisputeStatistics } from '../api/statistics-contract';
import type { PeriodRange } from './period-range';

interface Row {
  key: string;
  label: string;
  value: string;
  hint?: string;
}

/** Every figure of the period, as a table: the counts, the win rate and the amounts. */
export function StatisticsSummary({
  stats,
  range,
}: {
  stats: DisputeStatistics;
  range: PeriodRange;
}) {
  const { t, i18n } = useTranslation('disputes-statistics');
  const headingId = useId();
  const lang = i18n.language;
  const { dossiers, montants } = stats;
  const count = (value: number) => formatNumber(value, lang);
  const rows: Row[] = [
    { key: 'opened', label: t('summary.opened'), value: count(dossiers.ouverts) },
    { key: 'accepted', label: t('summary.accepted'), value: count(dossiers.acceptes) },
    { key: 'contested', label: t('summary.contested'), value: count(dossiers.contestes) },
    { key: 'won', label: t('summary.won'), value: count(dossiers.gagnes) },
    { key: 'lost', label: t('summary.lost'), value: count(dossiers.perdus) },
    { key: 'expired', label: t('summary.expired'), value: count(dossiers.expires) },
    {
      key: 'winRate',
      label: t('summary.winRate'),
      // « — » alone says nothing: the reason is written beside it.
      value: stats.tauxReussite === null ? '—' : formatPercent(stats.tauxReussite, lang),
      hint: stats.tauxReussite === null ? t('summary.winRateNone') : t('summary.winRateHint'),
    },
    { key: 'atStake', label: t('summary.atStake'), value: formatAmount(montants.enJeu, lang) },
    {
      key: 'recovered',
      label: t('summary.recovered'),
      value: formatAmount(montants.recupere, lang),
      hint: t('summary.recoveredHint'),
    },
    {
      key: 'lostAmount',
      label: t('summary.lostAmount'),
      value: formatAmount(montants.perdu, lang),
      hint: t('summary.lostAmountHint'),
    },
  ];
  return (
    <section className="statistics__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="statistics__heading">
        {t('summary.heading')}
      </h2>
      <table className="statistics-table">
        <caption className="statistics-table__caption">{t('summary.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.figure')}</th>
            <th scope="col" className="numeric">
              {t('summary.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-figure={row.key}>
              <th scope="row">
                {row.label}
                {row.hint ? <span className="statistics-table__hint">{row.hint}</span> : null}
              </th>
              <td className="numeric">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
