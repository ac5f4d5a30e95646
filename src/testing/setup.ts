import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { setClock } from '../../mocks/clock';
import { setBaseLatency } from '../../mocks/http';
import { server } from '../../mocks/node';
import { resetMockBackend } from '../../mocks/reset';
import { setActiveScenarios } from '../../mocks/scenarios/active';
import { sessionStarted } from '../features/auth/api/logout';
import { setCsrfToken } from '../lib/api-client';
import { initI18n, loadAllNamespaces } from '../lib/i18n';

// jsdom has <dialog> but not its modal methods; give it the behaviour the app relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await initI18n('fr');
  await loadAllNamespaces();
});

beforeEach(async () => {
  setActiveScenarios([]);
  setClock(null);
  setBaseLatency(0);
  setCsrfToken(null);
  // Modules are shared by the files of a worker: no logout from an earlier test is under way.
  sessionStarted();
  await resetMockBackend();
  // A React warning or a failed prop type is a bug: fail the test that caused it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  sessionStorage.clear();
});

afterAll(() => server.close());
