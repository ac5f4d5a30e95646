import type { QueryClientSource } from '@/app/query-client-source';
import { createRoot } from 'react-dom/client';
import { addMessages } from '@/lib/i18n';
import type { MockStatus } from '@/lib/mock-status';
import { DevToolbar } from './dev-toolbar';
import './dev-toolbar.css';

/** A separate React root beside the app's, so the app never depends on it. */
export async function mountDevTools(queries: QueryClientSource, status: MockStatus): Promise<void> {
  const [fr, en] = await Promise.all([
    import('../../locales/fr/devtools.json'),
    import('../../locales/en/devtools.json'),
  ]);
  addMessages('fr', 'devtools', fr.default);
  addMessages('en', 'devtools', en.default);
  const container = document.createElement('div');
  container.id = 'outils-demo';
  // Out of the page's flow even before its stylesheet applies: the page never shifts for it.
  Object.assign(container.style, { position: 'fixed', left: '0', bottom: '0', zIndex: '50' });
  document.body.append(container);
  document.body.classList.add('has-devtools');
  createRoot(container).render(<DevToolbar queries={queries} status={status} />);
}
