import { useEffect, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';
import type { DisputeSummary } from '../api/contract';
import type { BulkSelection } from './use-bulk-selection';

/** One case's box, named after its case number (the row has no visible label for it). */
export function CaseCheckbox({
  dispute,
  selection,
}: {
  dispute: DisputeSummary;
  selection: BulkSelection;
}) {
  const { t } = useTranslation('disputes');
  return (
    <input
      type="checkbox"
      className="select-box"
      aria-label={t('bulk.selectCase', { numero: dispute.numeroDossier })}
      checked={selection.has(dispute.numeroDossier)}
      onChange={(event) => selection.toggle(dispute, event.target.checked)}
    />
  );
}

/** Ticks every case of the page; half-ticked (`indeterminate`) when only some are. */
export function PageCheckbox({
  page,
  selection,
}: {
  page: readonly DisputeSummary[];
  selection: BulkSelection;
}) {
  const { t } = useTranslation('disputes');
  const ref = useRef<HTMLInputElement>(null);
  const ticked = page.filter((dispute) => selection.has(dispute.numeroDossier)).length;
  const all = page.length > 0 && ticked === page.length;
  const some = ticked > 0 && !all;

  // `indeterminate` is a property only: no attribute sets it.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);

  return (
    <input
      ref={ref}
      type="checkbox"
      className="select-box"
      aria-label={t('bulk.selectPage')}
      checked={all}
      onChange={(event) => selection.setPage(page, event.target.checked)}
    />
  );
}
