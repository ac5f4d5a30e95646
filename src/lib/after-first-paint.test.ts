import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

type PaintCallback = (entries: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A browser's paint observer, driven by the test: `paint(name)` delivers one entry. */
function stubPaintObserver() {
  const callbacks: PaintCallback[] = [];
  const disconnect = vi.fn();
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(callback: PaintCallback) {
      callbacks.push(callback);
    }
    observe() {}
    disconnect = disconnect;
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  const paint = (name: string) =>
    callbacks.forEach((callback) =>
      callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }),
    );
  return { paint, disconnect };
}

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for the first contentful paint, then for the task after it', async () => {
    vi.useFakeTimers();
    const { paint, disconnect } = stubPaintObserver();
    let painted = false;
    const waiting = afterFirstPaint().then(() => {
      painted = true;
    });
    paint('first-paint');
    await vi.advanceTimersByTimeAsync(100);
    expect(painted).toBe(false);

    paint('first-contentful-paint');
    await Promise.resolve();
    expect(painted).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(painted).toBe(true);
    expect(disconnect).toHaveBeenCalled();
  });

  it('does not wait when the page has already painted its content', async () => {
    stubPaintObserver();
    vi.spyOn(performance, 'getEntriesByName').mockReturnValue([
      { name: 'first-contentful-paint' } as PerformanceEntry,
    ]);
    await afterFirstPaint();
  });

  it('without paint entries, waits for a frame, then for the task after its paint', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', { supportedEntryTypes: ['mark'] });
    let frame: FrameRequestCallback | undefined;
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      frame = callback;
      return 1;
    });
    let painted = false;
    const waiting = afterFirstPaint().then(() => {
      painted = true;
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(painted).toBe(false);

    frame?.(performance.now());
    await Promise.resolve();
    expect(painted).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(painted).toBe(true);
  });

  it('does not wait in a hidden tab, which gets no frames', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    await afterFirstPaint();
    expect(frames).not.toHaveBeenCalled();
  });
});
