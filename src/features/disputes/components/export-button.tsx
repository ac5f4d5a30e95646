import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { apiErrorMessageKey } from '@/lib/api-client';
import { useExportDisputes } from '../api/export-disputes';
import type { DisputeListQuery } from '../api/list-query';
import { disputesCsv, downloadCsv } from '../csv';

/** « Exporter (CSV) »: every row of the current view (tab, filters, sort), not only this page. */
export function ExportButton({ query }: { query: DisputeListQuery }) {
  const { t } = useTranslation('disputes');
  const exporting = useExportDisputes();
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);

  const run = async () => {
    if (exporting.isPending) return;
    setMessage(null);
    try {
      const result = await exporting.mutateAsync(query);
      const name = `${t('list.export.fileName')}-${query.tab}-${result.aujourdhui}.csv`;
      downloadCsv(disputesCsv(result.items, result.aujourdhui, t), name);
      setMessage({ tone: 'info', text: t('list.export.done', { count: result.items.length }) });
    } catch (error) {
      setMessage({
        tone: 'error',
        text: `${t('list.export.error')} ${t(apiErrorMessageKey(error))}`,
      });
    }
  };

  return (
    <div className="export">
      <Button
        variant="secondary"
        pending={exporting.isPending}
        pendingLabel={t('list.export.pending')}
        onClick={() => void run()}
      >
        {t('list.export.button')}
      </Button>
      <p
        className={message?.tone === 'error' ? 'export__message field__error' : 'export__message'}
        role="status"
      >
        {message?.text}
      </p>
    </div>
  );
}
