import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('waits for a frame, then for the task after its paint', async () => {
    vi.useFakeTimers();
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
