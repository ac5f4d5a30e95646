import { act, configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import { apiRequest } from '@/lib/api-client';
import { renderApp } from '@/testing/render-app';
import { endSession } from '../api/logout';
import { sessionParser } from '../api/session-guard';
import { ACTIVITY_KEY, forgetSharedActivity, shareIdleEnd } from '../shared-activity';

// Lazy pages compile on first use; on a shared, busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

const HEADING = 'Page récapitulative de votre compte';
const MINUTE = 60_000;

/** Every session call the API received (`GET`, `DELETE`, `POST /prolonger`), in order. */
function sessionCalls() {
  const calls: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/api/session')) calls.push(`${request.method} ${pathname}`);
  });
  return calls;
}

/** What this tab sees of activity in another tab of the browser: its write, then `storage`. */
function activityInAnotherTab() {
  const at = String(Date.now());
  localStorage.setItem(ACTIVITY_KEY, at);
  window.dispatchEvent(new StorageEvent('storage', { key: ACTIVITY_KEY, newValue: at }));
}

/** The page's clock and its timers move on; the mock server's clock is the same `Date`. */
async function idleFor(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
}

async function openDashboard() {
  const app = renderApp('/tableau-de-bord', { as: 'marie.durand' });
  await screen.findByRole('heading', { name: HEADING, level: 1 });
  // The count starts in an effect after the page is on screen, sharing the time it started.
  await waitFor(() => expect(localStorage.getItem(ACTIVITY_KEY)).not.toBeNull());
  return app;
}

const warning = () => screen.queryByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });

beforeEach(() => {
  // Only the clock and the 1-second ticks are fake: the network and the page still run.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Idle time is counted for the whole browser, not one tab', () => {
  it('activity in another tab moves the warning and the end, and closes a warning shown', async () => {
    const calls = sessionCalls();
    const { router } = await openDashboard();

    await idleFor(10 * MINUTE);
    activityInAnotherTab();
    await idleFor(6 * MINUTE);
    // 16 minutes without activity in this tab: the session goes on for the other one.
    expect(warning()).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tableau-de-bord');
    expect(calls).not.toContain('DELETE /api/session');

    await idleFor(8 * MINUTE + 5_000);
    expect(await screen.findByRole('alertdialog')).toHaveTextContent(/dans 55 secondes/);
    activityInAnotherTab();
    await waitFor(() => expect(warning()).not.toBeInTheDocument());

    // Nobody active anywhere: the session ends, as before.
    await idleFor(15 * MINUTE);
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
    expect(router.state.location.search).toContain('raison=inactivite');
    expect(await screen.findByText(/Votre session a expiré/)).toBeInTheDocument();
  });

  it('asks the server first, and keeps a session a tab it never heard from kept alive', async () => {
    const calls = sessionCalls();
    const { router } = await openDashboard();

    await idleFor(14 * MINUTE + 30_000);
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
    // A tab of an older version, which shares nothing, keeps the session alive.
    await apiRequest('/session/prolonger', { method: 'POST', schema: sessionParser });

    await idleFor(MINUTE);
    await waitFor(() => expect(calls).toContain('GET /api/session'));
    await waitFor(() => expect(warning()).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/tableau-de-bord');
    expect(calls).not.toContain('DELETE /api/session');

    // Then nothing kept it alive: the check says so and the session ends.
    await idleFor(15 * MINUTE);
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
    expect(router.state.location.search).toContain('raison=inactivite');
  });

  it('ends a session whose only keep-alive came from this browser', async () => {
    const calls = sessionCalls();
    const { router, user } = await openDashboard();

    await idleFor(14 * MINUTE + 5_000);
    await user.click(await screen.findByRole('button', { name: 'Prolonger la session' }));
    await waitFor(() => expect(warning()).not.toBeInTheDocument());

    await idleFor(15 * MINUTE);
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
    // Loaded, kept alive from the warning, checked, ended once (then the login page loads).
    expect(calls.slice(0, 4)).toEqual([
      'GET /api/session',
      'POST /api/session/prolonger',
      'GET /api/session',
      'DELETE /api/session',
    ]);
    expect(calls.filter((call) => call.startsWith('DELETE'))).toHaveLength(1);
  });
});

describe('A session another tab ended', () => {
  it('for inactivity: this tab, idle as long, says inactivity too', async () => {
    const { router } = await openDashboard();

    await idleFor(15 * MINUTE - 2_000);
    // The other tab's count ran out a moment earlier: it ended the session, took the shared
    // activity with it and left the reason.
    await endSession();
    shareIdleEnd();
    forgetSharedActivity();

    await idleFor(3_000);
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
    expect(router.state.location.search).toContain('raison=inactivite');
  });

  it('by a logout: not for inactivity, even after an earlier end for inactivity', async () => {
    // What an earlier session's end for inactivity left: this session's count removes it.
    shareIdleEnd();
    const { router } = await openDashboard();

    await idleFor(10 * MINUTE);
    // The merchant logs out in the other tab.
    await endSession();
    forgetSharedActivity();

    await idleFor(5 * MINUTE + 1_000);
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
    expect(router.state.location.search).toContain('raison=session-expiree');
  });
});
