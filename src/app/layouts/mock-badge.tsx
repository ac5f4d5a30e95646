import { useTranslation } from '@/lib/use-translation';
import { formatWallClock } from '@/lib/format';
import { startupMockStatus, useMockStatus } from '@/lib/mock-status';
import { useHydrated } from '@/lib/use-hydrated';

/** Nobody should mistake simulated data for their real account. */
export function MockBadge() {
  const { t, i18n } = useTranslation('common');
  const status = useMockStatus();
  // A prerendered page shows the badge alone, as the build knew it: the details follow once
  // the page is hydrated.
  const hydrated = useHydrated();
  const { enabled, scenarios, unknownScenarios, clock, sessionEnded } = hydrated
    ? status
    : startupMockStatus(status.enabled);
  if (!enabled) return null;
  // "2026-12-02T10:00", Paris wall-clock: shown as QA typed it, in the page's format.
  const clockLabel = (value: string) => {
    const [date = '', time = ''] = value.split('T');
    const [year, month, day] = date.split('-');
    return t('mock.clock', {
      date: `${day}/${month}/${year}`,
      time: formatWallClock(time, i18n.language),
    });
  };
  return (
    <div className="mock-badge">
      <span className="mock-badge__label">{t('mock.badge')}</span>
      {scenarios.length > 0 ? (
        <span className="mock-badge__scenario">
          {t('mock.scenario', { names: scenarios.join(', ') })}
        </span>
      ) : null}
      {clock ? <span className="mock-badge__scenario">{clockLabel(clock)}</span> : null}
      {unknownScenarios.length > 0 ? (
        <span role="alert" className="mock-badge__error">
          {t('mock.unknownScenario', { names: unknownScenarios.join(', ') })}
        </span>
      ) : null}
      {sessionEnded ? (
        <span role="status" className="mock-badge__error">
          {t('mock.sessionEnded', { identifiant: sessionEnded })}
        </span>
      ) : null}
    </div>
  );
}
