import { useTranslation } from '@/lib/use-translation';
import { formatDate, formatTime, formatWallClock, formatWeekday } from '@/lib/format';
import type { ChannelAvailability } from '../api/contract';
import { reopeningDay } from '../reopening';

/** Texts built from the API's availability: « lundi à 9 h 00 », « Du lundi au vendredi … ». */
export function useAvailabilityLabels() {
  const { t, i18n } = useTranslation('contact');
  const language = i18n.language;

  const weekdayName = (isoWeekday: number) => formatWeekday(isoWeekday, language);
  const wallClock = (hhMm: string) => formatWallClock(hhMm, language);

  /** When `next` comes, seen from the server's `now`: « demain à 9 h 00 », « lundi à 9 h 00 ». */
  const when = (now: string, next: string) => {
    const time = formatTime(next, language);
    const day = reopeningDay(now, next);
    switch (day.kind) {
      case 'today':
        return t('when.today', { time });
      case 'tomorrow':
        return t('when.tomorrow', { time });
      case 'weekday':
        return t('when.weekday', { day: weekdayName(day.weekday), time });
      case 'date':
        return t('when.date', { date: formatDate(next, language), time });
    }
  };

  const status = (now: string, channel: ChannelAvailability) => {
    if (channel.ouvert) return t('status.open');
    return channel.prochaineOuverture
      ? t('status.closed', { when: when(now, channel.prochaineOuverture) })
      : t('status.closedNoReopening');
  };

  const hours = (channel: ChannelAvailability) => {
    const days = channel.horaires.jours;
    return t('hours', {
      from: weekdayName(days[0] ?? 1),
      to: weekdayName(days[days.length - 1] ?? 5),
      opens: wallClock(channel.horaires.ouverture),
      closes: wallClock(channel.horaires.fermeture),
    });
  };

  return { when, status, hours };
}
