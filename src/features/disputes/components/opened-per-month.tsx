import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { formatNumber } from '@/lib/format';
import { formatMonth, intlLocale } from '../format';
import type { DisputeStatistics } from '../api/statistics-contract';
import type { PeriodRange } from './period-range';

const SLOT = 10;
const BAR = 6;
const HEIGHT = 100;

/**
 * Cases opened per month: a bar chart for the eye, then the same figures as a table for
 * everyone. The chart is one labelled image whose text points to the table; its bars are
 * hatched and each is named and counted in writing below it, so nothing rests on colour.
 */
export function OpenedPerMonth({
  months,
  range,
}: {
  months: DisputeStatistics['parMois'];
  range: PeriodRange;
}) {
  const { t, i18n } = useTranslation('disputes-statistics');
  const lang = i18n.language;
  const headingId = useId();
  const chartCaptionId = useId();
  const hatchId = useId();
  const highest = Math.max(1, ...months.map((month) => month.ouverts));
  const shortMonth = new Intl.DateTimeFormat(intlLocale(lang), {
    timeZone: 'UTC',
    month: 'short',
  });

  return (
    <section className="statistics__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="statistics__heading">
        {t('perMonth.heading')}
      </h2>
      <figure className={months.length > 6 ? 'bar-chart bar-chart--dense' : 'bar-chart'}>
        <div className="bar-chart__plot" role="img" aria-labelledby={chartCaptionId}>
          <svg
            className="bar-chart__bars"
            viewBox={`0 0 ${months.length * SLOT} ${HEIGHT}`}
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <defs>
              <pattern
                id={hatchId}
                patternUnits="userSpaceOnUse"
                width="3"
                height="3"
                patternTransform="rotate(45)"
              >
                <rect width="3" height="3" fill="#e8f1fb" />
                <line x1="0" y1="0" x2="0" y2="3" stroke="#00175a" strokeWidth="1.5" />
              </pattern>
            </defs>
            {months.map((month, index) => {
              const height = (month.ouverts / highest) * (HEIGHT - 2);
              return (
                <rect
                  key={month.mois}
                  x={index * SLOT + (SLOT - BAR) / 2}
                  y={HEIGHT - height}
                  width={BAR}
                  height={height}
                  fill={`url(#${hatchId})`}
                  stroke="#00175a"
                  strokeWidth="1.5"
                  vectorEffect="non-scaling-stroke"
                />
              );
            })}
            <line
              x1="0"
              y1={HEIGHT}
              x2={months.length * SLOT}
              y2={HEIGHT}
              stroke="#53565a"
              strokeWidth="2"
              vectorEffect="non-scaling-stroke"
            />
          </svg>
          <div className="bar-chart__labels">
            {months.map((month) => (
              <div key={month.mois} className="bar-chart__label">
                <span className="bar-chart__value">{formatNumber(month.ouverts, lang)}</span>
                <span>{shortMonth.format(new Date(`${month.mois}-15T12:00:00Z`))}</span>
              </div>
            ))}
          </div>
        </div>
        <figcaption id={chartCaptionId} className="bar-chart__caption">
          {t('perMonth.chartLabel', range)}
        </figcaption>
      </figure>
      <table className="statistics-table">
        <caption className="statistics-table__caption">{t('perMonth.caption', range)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('perMonth.month')}</th>
            <th scope="col" className="numeric">
              {t('perMonth.opened')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.mois}>
              <th scope="row">{formatMonth(month.mois, lang)}</th>
              <td className="numeric">{formatNumber(month.ouverts, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
