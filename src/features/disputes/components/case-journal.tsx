import { Trans } from '@/lib/trans';
import { useTranslation } from '@/lib/use-translation';
import { formatDate, formatTime } from '@/lib/format';
import type { AuditEntry } from '../api/contract';

/**
 * The case's journal as the server wrote it: who did what, when (Paris time) and from where.
 * Read-only: part of the case's history, below the network's events.
 */
export function CaseJournal({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  return (
    <div className="case-journal">
      <h3 id="case-journal">{t('case.audit.title')}</h3>
      {entries.length === 0 ? (
        <p>{t('case.audit.empty')}</p>
      ) : (
        <ol className="case-journal__list" aria-labelledby="case-journal">
          {entries.map((entry, index) => (
            <li key={`${entry.date}-${entry.action}-${index}`} className="case-journal__entry">
              <Trans
                t={t}
                i18nKey={`case.audit.actions.${entry.action}`}
                values={{ nom: entry.auteur.nom, document: entry.document }}
                // A name written right to left cannot reorder the sentence around it.
                components={{ name: <bdi />, document: <bdi /> }}
              />
              {' — '}
              <time dateTime={entry.date}>
                {t('case.eventDate', {
                  date: formatDate(entry.date, lang),
                  time: formatTime(entry.date, lang),
                })}
              </time>
              {' — '}
              {t(`case.audit.channels.${entry.canal}`)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
