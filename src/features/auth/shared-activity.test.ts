import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACTIVITY_KEY,
  ACTIVITY_WRITE_INTERVAL_MS,
  createActivityWriter,
  onActivityElsewhere,
  readSharedActivity,
  shareActivity,
} from './shared-activity';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the activity the tabs of a browser share', () => {
  it('writes a burst of scrolling once at once, then its last moment when the wait ends', () => {
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    const shared = () => writes.mock.calls.filter(([key]) => key === ACTIVITY_KEY);
    const writer = createActivityWriter();

    const first = Date.now();
    let last = first;
    for (let event = 0; event < 40; event += 1) {
      last = Date.now();
      writer.record(last);
      vi.advanceTimersByTime(50);
    }
    expect(shared()).toEqual([[ACTIVITY_KEY, String(first)]]);

    vi.advanceTimersByTime(ACTIVITY_WRITE_INTERVAL_MS);
    expect(shared()).toEqual([
      [ACTIVITY_KEY, String(first)],
      [ACTIVITY_KEY, String(last)],
    ]);
    expect(readSharedActivity()).toBe(last);
  });

  it('never moves the shared activity back in time', () => {
    shareActivity(2_000);
    shareActivity(1_000);
    expect(readSharedActivity()).toBe(2_000);
  });

  it('hears only the activity key, and only times', () => {
    const heard: number[] = [];
    const stop = onActivityElsewhere((at) => heard.push(at));
    const storage = (key: string, newValue: string | null) =>
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
    storage('espace-commercant:langue', 'en');
    storage(ACTIVITY_KEY, null);
    storage(ACTIVITY_KEY, 'pas une date');
    storage(ACTIVITY_KEY, '1234');
    stop();
    storage(ACTIVITY_KEY, '5678');
    expect(heard).toEqual([1234]);
  });
});
