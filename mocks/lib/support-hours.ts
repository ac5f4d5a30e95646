/** Opening hours of the support channels, evaluated in Europe/Paris time. */
import { isFrenchPublicHoliday } from './french-holidays';
import {
  addDaysYmd,
  formatYmd,
  isoWeekday,
  parisLocalToInstant,
  parisParts,
  toParisIso,
  type IsoWeekday,
} from './paris-time';

export type SupportChannelId = 'chat' | 'telephone';

export interface SupportChannel {
  id: SupportChannelId;
  /** ISO weekdays (1 = lundi). Public holidays are always closed. */
  days: readonly IsoWeekday[];
  /** Paris wall-clock "HH:mm", inclusive. */
  opens: string;
  /** Paris wall-clock "HH:mm", exclusive. */
  closes: string;
}

export interface ChannelStatus {
  open: boolean;
  /** Today's closing instant when open, else null. */
  closesAt: string | null;
  /** Next opening instant when closed, else null (also null if the channel never opens). */
  nextOpening: string | null;
}

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5];

/** « Du lundi au vendredi, de 9 h 00 à 18 h 00 » */
export const CHAT_CHANNEL: SupportChannel = {
  id: 'chat',
  days: WEEKDAYS,
  opens: '09:00',
  closes: '18:00',
};
/** 01 47 77 75 75 — « Du lundi au vendredi, de 9 h 00 à 18 h 30 » */
export const TELEPHONE_CHANNEL: SupportChannel = {
  id: 'telephone',
  days: WEEKDAYS,
  opens: '09:00',
  closes: '18:30',
};

export const SUPPORT_CHANNELS: Readonly<Record<SupportChannelId, SupportChannel>> = {
  chat: CHAT_CHANNEL,
  telephone: TELEPHONE_CHANNEL,
};

// Long enough to cross any run of holidays and weekends, short enough to stop on a channel with no days.
const SEARCH_HORIZON_DAYS = 14;

function secondsOfDay(hhMm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhMm);
  if (!m) throw new Error(`Invalid time "${hhMm}": expected HH:mm`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60;
}

function isOpenDay(channel: SupportChannel, ymd: string): boolean {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return channel.days.includes(isoWeekday(y, m, d)) && !isFrenchPublicHoliday(ymd);
}

const at = (ymd: string, hhMm: string): string => toParisIso(parisLocalToInstant(`${ymd}T${hhMm}`));

export function channelStatus(channel: SupportChannel, now: Date): ChannelStatus {
  const p = parisParts(now);
  const today = formatYmd(p.year, p.month, p.day);
  const nowSeconds = p.hour * 3600 + p.minute * 60 + p.second;
  const opens = secondsOfDay(channel.opens);
  const closes = secondsOfDay(channel.closes);
  const openToday = isOpenDay(channel, today);

  if (openToday && nowSeconds >= opens && nowSeconds < closes) {
    return { open: true, closesAt: at(today, channel.closes), nextOpening: null };
  }
  if (openToday && nowSeconds < opens) {
    return { open: false, closesAt: null, nextOpening: at(today, channel.opens) };
  }
  for (let i = 1; i <= SEARCH_HORIZON_DAYS; i += 1) {
    const day = addDaysYmd(today, i);
    if (isOpenDay(channel, day))
      return { open: false, closesAt: null, nextOpening: at(day, channel.opens) };
  }
  return { open: false, closesAt: null, nextOpening: null };
}
