import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { setClock } from '../../mocks/clock';
import { setBaseLatency } from '../../mocks/http';
import { server } from '../../mocks/node';
import { resetMockBackend } from '../../mocks/reset';
import { setActiveScenarios } from '../../mocks/scenarios/active';
import { sessionStarted } from '../features/auth/api/logout';
import { resetSession } from '../features/auth/api/session-store';
import { setCsrfToken } from '../lib/api-client';
import { initI18n, loadAllNamespaces } from '../lib/i18n';
import { installMatchMedia, setViewportWidth } from './match-media';

// `findBy…` and `waitFor` wait for a state, not for a time: on a busy 2-core machine a state can
// take more than the default second to arrive, and then the test failed for nothing.
configure({ asyncUtilTimeout: 5000 });

// jsdom has <dialog> but not its modal methods; give it the behaviour the app relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

/*
 * Vitest's bridge from jsdom to Node's fetch (which MSW builds each request with) reads a Blob's
 * bytes from jsdom's internal `_buffer`, a field jsdom 28 renamed `_bytes`: a file sent in a
 * multipart body reached the mock API as the text « undefined ». Alias the field so the API
 * reads the real bytes (the bridge still drops the part's file name: the API sees « blob »).
 * Remove once vitest reads `_bytes` itself.
 */
const blobImpl = Object.getOwnPropertySymbols(new Blob()).map((symbol) =>
  Reflect.get(new Blob(), symbol),
)[0] as object | undefined;
const blobImplPrototype: object | null = blobImpl ? Object.getPrototypeOf(blobImpl) : null;
if (blobImplPrototype && !Reflect.has(blobImplPrototype, '_buffer')) {
  Object.defineProperty(blobImplPrototype, '_buffer', {
    get(this: object) {
      return Reflect.get(this, '_bytes');
    },
  });
}

// jsdom lays nothing out, so it has no scrolling; the error summary scrolls a label into view.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

installMatchMedia();

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await initI18n('fr');
  await loadAllNamespaces();
});

beforeEach(async () => {
  setViewportWidth(1024);
  setActiveScenarios([]);
  setClock(null);
  setBaseLatency(0);
  setCsrfToken(null);
  // Modules are shared by the files of a worker: no session, and no logout, of an earlier test.
  sessionStarted();
  resetSession();
  await resetMockBackend();
  // A React warning or a failed prop type is a bug: fail the test that caused it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  // A test's listeners on the mock API's traffic end with it: files share one server.
  server.events.removeAllListeners();
  localStorage.clear();
  sessionStorage.clear();
  // Files share one document: an earlier page's title must not pass for this one's.
  document.title = '';
});

afterAll(() => server.close());
