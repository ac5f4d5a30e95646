import type { Ref } from 'react';
import { Trans } from '@/lib/trans';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import type { BulkAcceptResult } from '../api/contract';
import { disputeCaseHref } from '../list-links';

/** What « Accepter la sélection » did: how many were accepted, and each case that was not, and why. */
export function BulkAcceptOutcome({
  results,
  ref,
}: {
  results: readonly BulkAcceptResult[];
  ref?: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation('disputes');
  const accepted = results.filter((result) => result.resultat === 'acceptee').length;
  const refused = results.flatMap((result) => (result.resultat === 'refusee' ? [result] : []));
  return (
    <Alert
      ref={ref}
      tone={refused.length > 0 ? 'warning' : 'success'}
      title={
        accepted > 0
          ? t('bulk.result.accepted', { count: accepted })
          : t('bulk.result.noneAccepted')
      }
    >
      {refused.length > 0 ? (
        <div className="bulk-result">
          <p>{t('bulk.result.refused', { count: refused.length })}</p>
          <ul>
            {refused.map((result) => (
              <li key={result.numeroDossier}>
                <Trans
                  t={t}
                  i18nKey="bulk.result.item"
                  values={{
                    numero: result.numeroDossier,
                    reason: t(`bulk.result.reasons.${result.raison}`),
                  }}
                  components={{ case: <Link to={disputeCaseHref(result.numeroDossier)} /> }}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Alert>
  );
}
