import { describe, expect, it } from 'vitest';
import { setMockClock, useScenarios } from '../../../../mocks/testing';
import { getSupportAvailability } from './get-support-availability';

type Expected = { chat: string; telephone: string };
const OPEN = 'ouvert';

/** What the API says of each channel: « ouvert », or the next opening it announces. */
async function availabilityAt(parisLocal: string): Promise<Expected> {
  setMockClock(parisLocal);
  const { canaux } = await getSupportAvailability();
  const describe = (channel: (typeof canaux)['chat']) =>
    channel.ouvert ? OPEN : String(channel.prochaineOuverture);
  return { chat: describe(canaux.chat), telephone: describe(canaux.telephone) };
}

describe('GET /contact/disponibilite, at the boundaries (Paris time)', () => {
  const rows: [label: string, parisLocal: string, expected: Expected][] = [
    [
      'Wednesday 8 h 59: both closed, open at 9 h 00 the same day',
      '2026-12-02T08:59',
      { chat: '2026-12-02T09:00:00+01:00', telephone: '2026-12-02T09:00:00+01:00' },
    ],
    ['Wednesday 9 h 00: both open', '2026-12-02T09:00', { chat: OPEN, telephone: OPEN }],
    ['17 h 59: both open', '2026-12-02T17:59', { chat: OPEN, telephone: OPEN }],
    [
      '18 h 00: the chat closes, the phone stays open',
      '2026-12-02T18:00',
      { chat: '2026-12-03T09:00:00+01:00', telephone: OPEN },
    ],
    [
      '18 h 29: the phone is still open',
      '2026-12-02T18:29',
      { chat: '2026-12-03T09:00:00+01:00', telephone: OPEN },
    ],
    [
      '18 h 30: the phone closes',
      '2026-12-02T18:30',
      { chat: '2026-12-03T09:00:00+01:00', telephone: '2026-12-03T09:00:00+01:00' },
    ],
    [
      'a Saturday: closed until Monday',
      '2026-12-05T10:00',
      { chat: '2026-12-07T09:00:00+01:00', telephone: '2026-12-07T09:00:00+01:00' },
    ],
    [
      '14 juillet (a Tuesday): closed until Wednesday',
      '2026-07-14T10:00',
      { chat: '2026-07-15T09:00:00+02:00', telephone: '2026-07-15T09:00:00+02:00' },
    ],
    [
      'Easter Monday 2027: closed until Tuesday',
      '2027-03-29T10:00',
      { chat: '2027-03-30T09:00:00+02:00', telephone: '2027-03-30T09:00:00+02:00' },
    ],
    [
      'Whit Monday 2027: closed until Tuesday',
      '2027-05-17T10:00',
      { chat: '2027-05-18T09:00:00+02:00', telephone: '2027-05-18T09:00:00+02:00' },
    ],
    [
      'the night summer time ends (25 October 2026, 2 h 30): Monday 9 h 00 in winter time',
      '2026-10-25T02:30',
      { chat: '2026-10-26T09:00:00+01:00', telephone: '2026-10-26T09:00:00+01:00' },
    ],
    [
      'the Friday before summer time starts, 18 h 30: Monday 9 h 00 in summer time',
      '2027-03-26T18:30',
      { chat: '2027-03-30T09:00:00+02:00', telephone: '2027-03-30T09:00:00+02:00' },
    ],
  ];

  it.each(rows)('%s', async (_label, parisLocal, expected) => {
    expect(await availabilityAt(parisLocal)).toEqual(expected);
  });

  it('gives the hours and the server time with the Paris offset', async () => {
    setMockClock('2026-12-02T10:00');
    const body = await getSupportAvailability();
    expect(body.maintenant).toBe('2026-12-02T10:00:00+01:00');
    expect(body.canaux.chat).toEqual({
      ouvert: true,
      fermeA: '2026-12-02T18:00:00+01:00',
      prochaineOuverture: null,
      horaires: { jours: [1, 2, 3, 4, 5], ouverture: '09:00', fermeture: '18:00' },
    });
    expect(body.canaux.telephone.horaires).toEqual({
      jours: [1, 2, 3, 4, 5],
      ouverture: '09:00',
      fermeture: '18:30',
    });
  });

  it('answers the chat closed in the chat-ferme scenario, the phone as usual', async () => {
    await useScenarios('chat-ferme');
    expect(await availabilityAt('2026-12-02T10:00')).toEqual({
      chat: '2026-12-03T09:00:00+01:00',
      telephone: OPEN,
    });
  });
});
