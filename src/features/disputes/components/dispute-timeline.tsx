import { useTranslation } from '@/lib/use-translation';
import { formatDate, formatTime } from '@/lib/format';
import type { AuditEntry, Dispute } from '../api/contract';
import { formatFileSize } from '../format';
import { CaseJournal } from './case-journal';

/** The network's events, then the journal of what was done on the case here. */
export function DisputeTimeline({
  dispute,
  audit,
}: {
  dispute: Dispute;
  audit: readonly AuditEntry[];
}) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  return (
    <section className="card" aria-labelledby="case-timeline">
      <h2 id="case-timeline">{t('case.timeline')}</h2>
      <ol className="timeline">
        {dispute.historique.map((event, index) => (
          <li key={`${event.type}-${event.date}-${index}`} className="timeline__event">
            <p className="timeline__title">{t(`case.events.${event.type}`)}</p>
            <p className="timeline__date">
              <time dateTime={event.date}>
                {t('case.eventDate', {
                  date: formatDate(event.date, lang),
                  time: formatTime(event.date, lang),
                })}
              </time>
            </p>
            {event.detail ? <p className="timeline__detail">{event.detail}</p> : null}
          </li>
        ))}
      </ol>
      <CaseJournal entries={audit} />
    </section>
  );
}

export function DisputeDocuments({ dispute }: { dispute: Dispute }) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  return (
    <section className="card" aria-labelledby="case-documents">
      <h2 id="case-documents">{t('case.documents')}</h2>
      {dispute.documents.length === 0 ? (
        <p>{t('case.noDocuments')}</p>
      ) : (
        <ul className="file-list">
          {dispute.documents.map((document) => (
            <li key={document.id} className="file-list__item">
              <bdi className="file-list__name break">{document.nom}</bdi>
              <span className="file-list__meta">
                {t('case.documentMeta', {
                  type: t(`case.mime.${document.typeMime}`),
                  size: formatFileSize(document.taille, lang, t),
                  date: formatDate(document.envoyeLe, lang),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
