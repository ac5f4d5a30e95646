import { useTranslation } from 'react-i18next';
import { useMockStatus } from '@/lib/mock-status';

/** Nobody should mistake simulated data for their real account. */
export function MockBadge() {
  const { t } = useTranslation('common');
  const { enabled, scenarios, unknownScenarios } = useMockStatus();
  if (!enabled) return null;
  return (
    <div className="mock-badge">
      <span className="mock-badge__label">{t('mock.badge')}</span>
      {scenarios.length > 0 ? (
        <span className="mock-badge__scenario">
          {t('mock.scenario', { names: scenarios.join(', ') })}
        </span>
      ) : null}
      {unknownScenarios.length > 0 ? (
        <span role="alert" className="mock-badge__error">
          {t('mock.unknownScenario', { names: unknownScenarios.join(', ') })}
        </span>
      ) : null}
    </div>
  );
}
