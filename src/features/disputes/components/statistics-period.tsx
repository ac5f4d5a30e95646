import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { STATISTICS_PERIODS, type StatisticsPeriod } from '../api/statistics-contract';

/**
 * « 3, 6 ou 12 derniers mois »: native radio buttons, so the arrow keys move the choice and a
 * screen reader says the group and the position, with nothing to script.
 */
export function StatisticsPeriodChoice({
  value,
  onChange,
}: {
  value: StatisticsPeriod;
  onChange: (period: StatisticsPeriod) => void;
}) {
  const { t } = useTranslation('disputes-statistics');
  // The choice shows at once: waiting for the address to change, a controlled radio would flip
  // back to the old period for a moment. A new `value` (Back, a link) wins over it.
  const [choice, setChoice] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setChoice(value);
  }
  return (
    <fieldset className="fieldset statistics-period">
      <legend className="fieldset__legend">{t('period.legend')}</legend>
      <div className="statistics-period__options">
        {STATISTICS_PERIODS.map((period) => (
          <label key={period} className="statistics-period__option">
            <input
              type="radio"
              name="periode"
              value={period}
              checked={choice === period}
              onChange={() => {
                setChoice(period);
                onChange(period);
              }}
            />
            {t(`period.options.${period}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
