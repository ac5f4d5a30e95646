import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { apiErrorMessageKey } from '@/lib/api-client';
import { formatAmount } from '@/lib/format';
import { useSubmitOnce } from '@/lib/use-submit-once';
import { useAcceptDisputes } from '../api/accept-disputes';
import { BULK_ACCEPT_MAX, type BulkAcceptResult } from '../api/contract';
import { BulkAcceptDialog } from './bulk-accept-dialog';
import { BulkAcceptOutcome } from './bulk-accept-result';
import type { BulkSelection } from './use-bulk-selection';

/**
 * « Accepter la sélection »: the count of ticked cases (a live region), the action, and what it
 * did. Out of 1 to 100 cases the action stays focusable and says why it cannot go on.
 */
export function BulkAcceptBar({ selection }: { selection: BulkSelection }) {
  const { t, i18n } = useTranslation('disputes');
  const hintId = useId();
  const limitId = useId();
  const accept = useAcceptDisputes();
  const submitOnce = useSubmitOnce();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The count refused at the last click: the message goes as soon as the selection changes.
  const [refusedAt, setRefusedAt] = useState<number | null>(null);
  const [results, setResults] = useState<readonly BulkAcceptResult[] | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const { size, items } = selection;

  useEffect(() => {
    if (results) outcomeRef.current?.focus();
  }, [results]);

  const amount = formatAmount(
    items.reduce((sum, dispute) => sum + dispute.montantConteste, 0),
    i18n.language,
  );
  let limit: string | null = null;
  if (refusedAt === size && size === 0) limit = t('bulk.errors.none');
  if (refusedAt === size && size > BULK_ACCEPT_MAX) {
    limit = t('bulk.errors.tooManySelected', { selected: size, excess: size - BULK_ACCEPT_MAX });
  }

  const start = () => {
    if (size === 0 || size > BULK_ACCEPT_MAX) {
      setRefusedAt(size);
      return;
    }
    setRefusedAt(null);
    setError(null);
    setOpen(true);
  };

  const confirm = async () => {
    const numeros = items.map((dispute) => dispute.numeroDossier);
    const submission = submitOnce(numeros);
    if (!submission) return;
    setError(null);
    try {
      const response = await accept.mutateAsync({
        request: { numeros },
        idempotencyKey: submission.key,
      });
      // The list stays for another selection: the next action gets its own request and key.
      submission.done();
      setOpen(false);
      selection.clear();
      setResults(response.resultats);
    } catch (failure) {
      submission.failed(failure);
      setError(t(apiErrorMessageKey(failure)));
    }
  };

  return (
    <>
      {results ? (
        <div className="bulk-outcome">
          <BulkAcceptOutcome ref={outcomeRef} results={results} />
        </div>
      ) : null}
      <div className="bulk-bar">
        <p className="bulk-bar__count" role="status">
          {size === 0 ? t('bulk.none') : t('bulk.selected', { count: size, amount })}
        </p>
        <div className="bulk-bar__actions">
          <Button aria-describedby={limit ? `${hintId} ${limitId}` : hintId} onClick={start}>
            {t('bulk.accept')}
          </Button>
          {size > 0 ? (
            <Button variant="link" onClick={selection.clear}>
              {t('bulk.clear')}
            </Button>
          ) : null}
        </div>
        <p id={hintId} className="field__hint bulk-bar__hint">
          {t('bulk.hint')}
        </p>
        {/* An alert is announced as it appears; an empty one would stand in every list of alerts. */}
        {limit ? (
          <p id={limitId} className="field__error bulk-bar__limit" role="alert">
            {limit}
          </p>
        ) : null}
      </div>
      <BulkAcceptDialog
        disputes={items}
        open={open}
        pending={accept.isPending}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
