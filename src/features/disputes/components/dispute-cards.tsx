import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { formatAmount, formatDate } from '@/lib/format';
import type { DisputeListResponse } from '../api/contract';
import {
  disputeSortFieldSchema,
  sortOrderSchema,
  type DisputeListQuery,
  type DisputeSortField,
  type SortOrder,
} from '../api/list-query';
import { disputeCaseHref } from '../list-links';
import { getReasonCode, unknownReasonCodeKeys } from '../reason-codes';
import { DaysLeft } from './days-left';
import { listCaption, SORT_COLUMN_KEY } from './list-caption';
import { CaseCheckbox, PageCheckbox } from './selection-checkboxes';
import { StatusBadge } from './status-badge';
import type { BulkSelection } from './use-bulk-selection';

/** One page of the list on a phone: a card per case, and the sort as a choice. */
export function DisputeCards({
  data,
  query,
  onSort,
  busy,
  selection,
}: {
  data: DisputeListResponse;
  query: DisputeListQuery;
  onSort: (field: DisputeSortField, order: SortOrder) => void;
  busy: boolean;
  /** The same selection as the table's, on a phone: a box per card and one for the page. */
  selection?: BulkSelection;
}) {
  const { t, i18n } = useTranslation('disputes');
  const titleId = useId();
  const sortId = useId();
  const lang = i18n.language;

  return (
    <section className="dispute-cards" aria-labelledby={titleId} aria-busy={busy || undefined}>
      <h2 id={titleId} className="dispute-cards__title">
        {listCaption(t, data, query)}
      </h2>
      <p className="dispute-cards__sort">
        <label htmlFor={sortId}>{t('list.sort.label')}</label>
        <select
          id={sortId}
          value={`${query.sort} ${query.order}`}
          onChange={(event) => {
            const [field, order] = event.target.value.split(' ') as [DisputeSortField, SortOrder];
            onSort(field, order);
          }}
        >
          {disputeSortFieldSchema.options.flatMap((field) =>
            sortOrderSchema.options.map((order) => (
              <option key={`${field} ${order}`} value={`${field} ${order}`}>
                {t('list.sort.option', {
                  column: t(SORT_COLUMN_KEY[field]),
                  order: t(order === 'asc' ? 'list.sort.ascending' : 'list.sort.descending'),
                })}
              </option>
            )),
          )}
        </select>
      </p>
      {selection ? (
        <p className="dispute-cards__select-page">
          <label>
            <PageCheckbox page={data.items} selection={selection} />
            {t('bulk.selectPage')}
          </label>
        </p>
      ) : null}
      <ul className="dispute-cards__list">
        {data.items.map((dispute) => {
          const reason = getReasonCode(dispute.motif);
          return (
            <li key={dispute.numeroDossier} className="dispute-card">
              <p className="dispute-card__head">
                {selection ? <CaseCheckbox dispute={dispute} selection={selection} /> : null}
                <Link to={disputeCaseHref(dispute.numeroDossier)} className="case-link">
                  {dispute.numeroDossier}
                </Link>
                <StatusBadge status={dispute.statut} />
              </p>
              <dl className="dispute-card__facts">
                <div>
                  <dt>{t('list.columns.amount')}</dt>
                  <dd>{formatAmount(dispute.montantConteste, lang)}</dd>
                </div>
                <div>
                  <dt>{t('list.columns.deadline')}</dt>
                  <dd>
                    {formatDate(dispute.dateLimiteReponse, lang)}{' '}
                    <DaysLeft dispute={dispute} today={data.aujourdhui} />
                  </dd>
                </div>
                <div className="dispute-card__reason">
                  <dt>{t('list.columns.motif')}</dt>
                  <dd>
                    <span className="motif-code">{dispute.motif}</span>{' '}
                    {reason
                      ? t(reason.labelKey)
                      : t(unknownReasonCodeKeys.labelKey, { code: dispute.motif })}
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
