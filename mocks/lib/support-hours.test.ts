import { describe, expect, it } from 'vitest';
import { parisLocalToInstant } from './paris-time';
import {
  CHAT_CHANNEL,
  SUPPORT_CHANNELS,
  TELEPHONE_CHANNEL,
  channelStatus,
  type ChannelStatus,
  type SupportChannel,
} from './support-hours';

const openUntil = (closesAt: string): ChannelStatus => ({
  open: true,
  closesAt,
  nextOpening: null,
});
const closedUntil = (nextOpening: string | null): ChannelStatus => ({
  open: false,
  closesAt: null,
  nextOpening,
});

describe('support channels data', () => {
  it('describes chat and telephone, Monday to Friday', () => {
    expect(SUPPORT_CHANNELS).toEqual({
      chat: { id: 'chat', days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' },
      telephone: { id: 'telephone', days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:30' },
    });
  });
});

type Row = [label: string, channel: SupportChannel, parisLocal: string, expected: ChannelStatus];

// Instants given as Paris wall-clock; parisLocalToInstant is pinned by its own tests.
describe('channelStatus (Paris wall-clock)', () => {
  const rows: Row[] = [
    // Boundaries on Monday 7 December 2026 (winter, +01:00)
    [
      '8 h 59 is closed',
      CHAT_CHANNEL,
      '2026-12-07T08:59',
      closedUntil('2026-12-07T09:00:00+01:00'),
    ],
    [
      '8 h 59 min 59 s is closed',
      TELEPHONE_CHANNEL,
      '2026-12-07T08:59:59',
      closedUntil('2026-12-07T09:00:00+01:00'),
    ],
    ['9 h 00 is open', CHAT_CHANNEL, '2026-12-07T09:00', openUntil('2026-12-07T18:00:00+01:00')],
    [
      'chat 17 h 59 is open',
      CHAT_CHANNEL,
      '2026-12-07T17:59',
      openUntil('2026-12-07T18:00:00+01:00'),
    ],
    [
      'chat 17 h 59 min 59 s is open',
      CHAT_CHANNEL,
      '2026-12-07T17:59:59',
      openUntil('2026-12-07T18:00:00+01:00'),
    ],
    [
      'chat 18 h 00 is closed',
      CHAT_CHANNEL,
      '2026-12-07T18:00',
      closedUntil('2026-12-08T09:00:00+01:00'),
    ],
    [
      'phone 18 h 00 is still open',
      TELEPHONE_CHANNEL,
      '2026-12-07T18:00',
      openUntil('2026-12-07T18:30:00+01:00'),
    ],
    [
      'phone 18 h 29 is open',
      TELEPHONE_CHANNEL,
      '2026-12-07T18:29',
      openUntil('2026-12-07T18:30:00+01:00'),
    ],
    [
      'phone 18 h 30 is closed',
      TELEPHONE_CHANNEL,
      '2026-12-07T18:30',
      closedUntil('2026-12-08T09:00:00+01:00'),
    ],
    [
      'midnight is closed until the same morning',
      CHAT_CHANNEL,
      '2026-12-08T00:00',
      closedUntil('2026-12-08T09:00:00+01:00'),
    ],

    // Weekends
    ['Saturday', CHAT_CHANNEL, '2026-12-05T11:00', closedUntil('2026-12-07T09:00:00+01:00')],
    [
      'Sunday night',
      TELEPHONE_CHANNEL,
      '2026-12-06T23:59',
      closedUntil('2026-12-07T09:00:00+01:00'),
    ],
    [
      'Friday evening → Monday',
      CHAT_CHANNEL,
      '2026-12-04T18:00',
      closedUntil('2026-12-07T09:00:00+01:00'),
    ],
    [
      'summer Saturday is +02:00',
      TELEPHONE_CHANNEL,
      '2026-07-18T10:00',
      closedUntil('2026-07-20T09:00:00+02:00'),
    ],

    // Holidays
    [
      '14 juillet 2026 (Tuesday)',
      CHAT_CHANNEL,
      '2026-07-14T10:00',
      closedUntil('2026-07-15T09:00:00+02:00'),
    ],
    [
      'Monday 13 July 2026 evening skips the 14th',
      TELEPHONE_CHANNEL,
      '2026-07-13T18:30',
      closedUntil('2026-07-15T09:00:00+02:00'),
    ],
    [
      '14 juillet 2028 is a Friday → Monday 17',
      CHAT_CHANNEL,
      '2028-07-14T10:00',
      closedUntil('2028-07-17T09:00:00+02:00'),
    ],
    [
      'Thursday 13 July 2028 evening → Monday 17',
      CHAT_CHANNEL,
      '2028-07-13T18:00',
      closedUntil('2028-07-17T09:00:00+02:00'),
    ],
    [
      'Lundi de Pâques 2026 (6 April)',
      CHAT_CHANNEL,
      '2026-04-06T10:00',
      closedUntil('2026-04-07T09:00:00+02:00'),
    ],
    [
      'Good Friday 2026 evening → Tuesday after Easter Monday',
      CHAT_CHANNEL,
      '2026-04-03T18:00',
      closedUntil('2026-04-07T09:00:00+02:00'),
    ],
    [
      'Lundi de Pâques 2027 (29 March)',
      TELEPHONE_CHANNEL,
      '2027-03-29T10:00',
      closedUntil('2027-03-30T09:00:00+02:00'),
    ],
    [
      'Lundi de Pentecôte 2026 (25 May)',
      CHAT_CHANNEL,
      '2026-05-25T10:00',
      closedUntil('2026-05-26T09:00:00+02:00'),
    ],
    [
      'Friday 22 May 2026 evening → Tuesday 26',
      TELEPHONE_CHANNEL,
      '2026-05-22T18:30',
      closedUntil('2026-05-26T09:00:00+02:00'),
    ],
    [
      'Ascension 2026 is Thursday 14 May',
      CHAT_CHANNEL,
      '2026-05-13T18:00',
      closedUntil('2026-05-15T09:00:00+02:00'),
    ],
    [
      'Ascension 2027 is Thursday 6 May',
      CHAT_CHANNEL,
      '2027-05-05T18:00',
      closedUntil('2027-05-07T09:00:00+02:00'),
    ],
    [
      'Thursday 13 May 2027 is a plain working day',
      CHAT_CHANNEL,
      '2027-05-13T10:00',
      openUntil('2027-05-13T18:00:00+02:00'),
    ],
    [
      '1 and 8 May 2026 are Fridays',
      CHAT_CHANNEL,
      '2026-04-30T18:00',
      closedUntil('2026-05-04T09:00:00+02:00'),
    ],
    [
      'Christmas Eve → Monday 28',
      TELEPHONE_CHANNEL,
      '2026-12-24T18:30',
      closedUntil('2026-12-28T09:00:00+01:00'),
    ],
    [
      'New Year (Friday 1 Jan 2027) → Monday 4',
      CHAT_CHANNEL,
      '2026-12-31T18:00',
      closedUntil('2027-01-04T09:00:00+01:00'),
    ],

    // Time changes: the offset in the string follows the opening date, not "now"
    [
      'Friday before spring forward → Monday in summer time',
      CHAT_CHANNEL,
      '2026-03-27T18:00',
      closedUntil('2026-03-30T09:00:00+02:00'),
    ],
    [
      'Friday before fall back, open, closes in summer time',
      CHAT_CHANNEL,
      '2026-10-23T17:00',
      openUntil('2026-10-23T18:00:00+02:00'),
    ],
    [
      'Friday before fall back → Monday in winter time',
      CHAT_CHANNEL,
      '2026-10-23T18:00',
      closedUntil('2026-10-26T09:00:00+01:00'),
    ],
    [
      'weekend + spring forward + Easter Monday 2027',
      TELEPHONE_CHANNEL,
      '2027-03-26T18:30',
      closedUntil('2027-03-30T09:00:00+02:00'),
    ],
  ];

  it.each(rows)('%s (%s at %s)', (_label, channel, local, expected) => {
    expect(channelStatus(channel, parisLocalToInstant(local))).toEqual(expected);
  });
});

// The same kind of checks with raw UTC instants, so nothing depends on parisLocalToInstant.
describe('channelStatus (UTC instants)', () => {
  it.each<[string, SupportChannel, string, ChannelStatus]>([
    [
      '08:59:59 Paris in winter',
      CHAT_CHANNEL,
      '2026-12-07T07:59:59.999Z',
      closedUntil('2026-12-07T09:00:00+01:00'),
    ],
    [
      '09:00 Paris in winter',
      CHAT_CHANNEL,
      '2026-12-07T08:00:00Z',
      openUntil('2026-12-07T18:00:00+01:00'),
    ],
    [
      '08:59 Paris in summer',
      CHAT_CHANNEL,
      '2026-07-15T06:59:00Z',
      closedUntil('2026-07-15T09:00:00+02:00'),
    ],
    [
      '09:00 Paris in summer',
      TELEPHONE_CHANNEL,
      '2026-07-15T07:00:00Z',
      openUntil('2026-07-15T18:30:00+02:00'),
    ],
    [
      'chat 17:59:59 Paris in summer',
      CHAT_CHANNEL,
      '2026-07-15T15:59:59Z',
      openUntil('2026-07-15T18:00:00+02:00'),
    ],
    [
      'chat 18:00 Paris in summer',
      CHAT_CHANNEL,
      '2026-07-15T16:00:00Z',
      closedUntil('2026-07-16T09:00:00+02:00'),
    ],
    [
      'phone 18:29 Paris in summer',
      TELEPHONE_CHANNEL,
      '2026-07-15T16:29:00Z',
      openUntil('2026-07-15T18:30:00+02:00'),
    ],
    [
      'phone 18:30 Paris in summer',
      TELEPHONE_CHANNEL,
      '2026-07-15T16:30:00Z',
      closedUntil('2026-07-16T09:00:00+02:00'),
    ],
    // 29 March 2026: 02:00–02:59 never happens in Paris; 01:30Z is already 03:30 CEST.
    [
      'spring-forward night',
      CHAT_CHANNEL,
      '2026-03-29T01:30:00Z',
      closedUntil('2026-03-30T09:00:00+02:00'),
    ],
    // 25 October 2026: 02:30 happens twice (00:30Z CEST, then 01:30Z CET).
    [
      'fall-back night, first 02:30',
      TELEPHONE_CHANNEL,
      '2026-10-25T00:30:00Z',
      closedUntil('2026-10-26T09:00:00+01:00'),
    ],
    [
      'fall-back night, second 02:30',
      TELEPHONE_CHANNEL,
      '2026-10-25T01:30:00Z',
      closedUntil('2026-10-26T09:00:00+01:00'),
    ],
    // 23:30 UTC on Thursday 31 Dec is already New Year's Day in Paris.
    [
      'UTC date differs from Paris date',
      CHAT_CHANNEL,
      '2026-12-31T23:30:00Z',
      closedUntil('2027-01-04T09:00:00+01:00'),
    ],
    // 22:30 UTC on Sunday is Monday 00:30 in Paris (summer).
    [
      'Sunday in UTC, Monday in Paris',
      CHAT_CHANNEL,
      '2026-07-19T22:30:00Z',
      closedUntil('2026-07-20T09:00:00+02:00'),
    ],
  ])('%s', (_label, channel, utc, expected) => {
    expect(channelStatus(channel, new Date(utc))).toEqual(expected);
  });
});

describe('channelStatus edge cases', () => {
  it('returns no next opening for a channel that never opens', () => {
    const never: SupportChannel = { id: 'chat', days: [], opens: '09:00', closes: '18:00' };
    expect(channelStatus(never, new Date('2026-12-07T10:00:00Z'))).toEqual(closedUntil(null));
  });

  it('honours other weekdays (Saturday-only channel)', () => {
    const saturday: SupportChannel = { id: 'chat', days: [6], opens: '10:00', closes: '12:00' };
    expect(channelStatus(saturday, new Date('2026-12-07T10:00:00Z'))).toEqual(
      closedUntil('2026-12-12T10:00:00+01:00'),
    );
    expect(channelStatus(saturday, new Date('2026-12-12T09:30:00Z'))).toEqual(
      openUntil('2026-12-12T12:00:00+01:00'),
    );
  });

  it('rejects a malformed time in channel data', () => {
    const broken: SupportChannel = { id: 'chat', days: [1], opens: '9:00', closes: '18:00' };
    expect(() => channelStatus(broken, new Date('2026-12-07T10:00:00Z'))).toThrow(
      /Invalid time "9:00"/,
    );
  });

  it('rejects an invalid Date', () => {
    expect(() => channelStatus(CHAT_CHANNEL, new Date(Number.NaN))).toThrow(/Invalid Date/);
  });
});
