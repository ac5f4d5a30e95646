import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './chat/chat-session';
import { reopeningDay } from './reopening';

describe('reopeningDay, counted in Paris calendar days from the server time', () => {
  it.each([
    [
      'before opening, the same day',
      '2026-12-02T08:59:00+01:00',
      '2026-12-02T09:00:00+01:00',
      { kind: 'today' },
    ],
    [
      'after closing',
      '2026-12-02T18:00:00+01:00',
      '2026-12-03T09:00:00+01:00',
      { kind: 'tomorrow' },
    ],
    // 23 h 30 in Paris is already the next day in UTC: the Paris date decides.
    [
      'late evening',
      '2026-12-02T23:30:00+01:00',
      '2026-12-03T09:00:00+01:00',
      { kind: 'tomorrow' },
    ],
    [
      'a Saturday',
      '2026-12-05T10:00:00+01:00',
      '2026-12-07T09:00:00+01:00',
      { kind: 'weekday', weekday: 1 },
    ],
    [
      'across the end of summer time',
      '2026-10-24T10:00:00+02:00',
      '2026-10-26T09:00:00+01:00',
      { kind: 'weekday', weekday: 1 },
    ],
    [
      'a week or more away',
      '2026-12-24T19:00:00+01:00',
      '2026-12-31T09:00:00+01:00',
      { kind: 'date' },
    ],
  ])('%s', (_label, now, next, expected) => {
    expect(reopeningDay(now, next)).toEqual(expected);
  });
});

describe('chat reconnection back-off', () => {
  it('doubles from 1 s and stops at 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(retryDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });
});
