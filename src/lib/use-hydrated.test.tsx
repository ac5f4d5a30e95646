import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { beginHydration, useHydrated } from './use-hydrated';

function Probe() {
  return <button disabled={!useHydrated()}>Valider</button>;
}

describe('useHydrated', () => {
  it('is true at once in a page rendered in the browser', () => {
    render(<Probe />);
    expect(screen.getByRole('button', { name: 'Valider' })).toBeEnabled();
  });

  it('keeps the prerendered state while hydrating, then turns true', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    // What the build wrote: rendered without a document, the control is off.
    container.innerHTML = renderToString(<button disabled>Valider</button>);
    const button = screen.getByRole('button', { name: 'Valider' });

    // React reports a hydrated attribute that differs from the HTML on the console.
    const mismatch = vi.spyOn(console, 'error');
    beginHydration();
    await act(async () => {
      hydrateRoot(container, <Probe />);
    });
    expect(mismatch).not.toHaveBeenCalled();
    mismatch.mockRestore();
    expect(screen.getByRole('button', { name: 'Valider' })).toBe(button);
    expect(button).toBeEnabled();

    // A control that mounts after the hydration is on at once.
    render(<Probe />);
    expect(screen.getAllByRole('button', { name: 'Valider' })[1]).toBeEnabled();
    container.remove();
  });
});
