import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import type { DisputeStatistics } from '../api/statistics-contract';
import { downloadCsv } from '../csv';
import { statisticsCsv } from '../statistics-csv';
import type { PeriodRange } from './period-range';

/** « Exporter les chiffres (CSV) »: the figures on screen, written by the client like the list's. */
export function StatisticsExportButton({
  stats,
  range,
}: {
  stats: DisputeStatistics;
  range: PeriodRange;
}) {
  const { t } = useTranslation('disputes-statistics');
  const [message, setMessage] = useState('');
  const run = () => {
    const name = `${t('export.fileName')}-${stats.periode}-${stats.au}.csv`;
    downloadCsv(statisticsCsv(stats, t), name);
    setMessage(t('export.done', range));
  };
  return (
    <div className="export">
      <Button variant="secondary" onClick={run}>
        {t('export.button')}
      </Button>
      <p className="export__message" role="status">
        {message}
      </p>
    </div>
  );
}
