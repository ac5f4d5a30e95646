import type { QueryClientSource } from '@/app/query-client-source';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { MockStatus } from '@/lib/mock-status';
import { useTranslation } from '@/lib/use-translation';

const OPEN_KEY = 'espace-commercant:outils-ouverts';
// Loaded when the toolbar opens: closed, it is a button.
const DevPanel = lazy(() => import('./dev-panel'));

/**
 * Designers' and QA's controls over the mock backend. Dev and demo builds only: it lives in
 * mocks/ and is mounted by the mocking bootstrap, so production never contains it.
 */
export function DevToolbar({
  queries,
  status,
}: {
  queries: QueryClientSource;
  status: MockStatus;
}) {
  const { t } = useTranslation('devtools');
  const [open, setOpen] = useState(() => sessionStorage.getItem(OPEN_KEY) === 'oui');

  useEffect(() => {
    sessionStorage.setItem(OPEN_KEY, open ? 'oui' : 'non');
  }, [open]);

  const panelId = useId();

  return (
    <aside className="devtools" aria-label={t('label')}>
      <button
        type="button"
        className="devtools__toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('close') : t('open')}
      </button>
      {/* Not rendered while closed: nothing of it reaches the page's accessibility tree. */}
      {open ? (
        <div id={panelId} className="devtools__panel">
          <Suspense fallback={null}>
            <DevPanel queries={queries} status={status} />
          </Suspense>
        </div>
      ) : null}
    </aside>
  );
}
