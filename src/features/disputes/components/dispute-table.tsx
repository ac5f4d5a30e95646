import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { formatAmount, formatDate } from '@/lib/format';
import type { DisputeListResponse } from '../api/contract';
import type { DisputeListQuery, DisputeSortField } from '../api/list-query';
import { disputeCaseHref } from '../list-links';
import { getReasonCode, unknownReasonCodeKeys } from '../reason-codes';
import { DaysLeft } from './days-left';
import { listCaption, SORT_COLUMN_KEY } from './list-caption';
import { CaseCheckbox, PageCheckbox } from './selection-checkboxes';
import { StatusBadge } from './status-badge';
import type { BulkSelection } from './use-bulk-selection';

function SortableHeader({
  field,
  query,
  onSort,
}: {
  field: DisputeSortField;
  query: DisputeListQuery;
  onSort: (field: DisputeSortField) => void;
}) {
  const { t } = useTranslation('disputes');
  const active = query.sort === field;
  const ariaSort = active ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {t(SORT_COLUMN_KEY[field])}
        <span className="sort-button__icon" aria-hidden="true">
          {active ? (query.order === 'asc' ? '▲' : '▼') : '⇅'}
        </span>
      </button>
    </th>
  );
}

/** One page of the list, on screens wide enough for a table (phones get `DisputeCards`). */
export function DisputeTable({
  data,
  query,
  onSort,
  busy,
  selection,
}: {
  data: DisputeListResponse;
  query: DisputeListQuery;
  onSort: (field: DisputeSortField) => void;
  busy: boolean;
  /** Where cases can be accepted together (« À traiter »): a box per row and one for the page. */
  selection?: BulkSelection;
}) {
  const { t, i18n } = useTranslation('disputes');
  const captionId = useId();
  const lang = i18n.language;

  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={captionId}
      aria-busy={busy || undefined}
    >
      <table className="disputes-table">
        <caption id={captionId} className="disputes-table__caption">
          {listCaption(t, data, query)}
        </caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className="select-cell">
                <PageCheckbox page={data.items} selection={selection} />
              </th>
            ) : null}
            <SortableHeader field="number" query={query} onSort={onSort} />
            <th scope="col">{t('list.columns.type')}</th>
            <th scope="col">{t('list.columns.motif')}</th>
            <SortableHeader field="amount" query={query} onSort={onSort} />
            <SortableHeader field="opened" query={query} onSort={onSort} />
            <SortableHeader field="deadline" query={query} onSort={onSort} />
            <th scope="col">{t('list.columns.status')}</th>
            <th scope="col">{t('list.columns.card')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((dispute) => {
            const reason = getReasonCode(dispute.motif);
            return (
              <tr key={dispute.numeroDossier}>
                {selection ? (
                  <td className="select-cell">
                    <CaseCheckbox dispute={dispute} selection={selection} />
                  </td>
                ) : null}
                <th scope="row">
                  <Link to={disputeCaseHref(dispute.numeroDossier)} className="case-link">
                    {dispute.numeroDossier}
                  </Link>
                </th>
                <td>{t(`types.${dispute.type}`)}</td>
                <td>
                  <span className="motif-code">{dispute.motif}</span>{' '}
                  {reason
                    ? t(reason.labelKey)
                    : t(unknownReasonCodeKeys.labelKey, { code: dispute.motif })}
                </td>
                <td className="numeric">{formatAmount(dispute.montantConteste, lang)}</td>
                <td>{formatDate(dispute.dateOuverture, lang)}</td>
                <td>
                  {formatDate(dispute.dateLimiteReponse, lang)}
                  <br />
                  <DaysLeft dispute={dispute} today={data.aujourdhui} />
                </td>
                <td>
                  <StatusBadge status={dispute.statut} />
                </td>
                <td>
                  <span aria-hidden="true">
                    {t('list.card', { digits: dispute.derniersChiffresCarte })}
                  </span>
                  <span className="visually-hidden">
                    {t('list.cardLong', { digits: dispute.derniersChiffresCarte })}
                  </span>
                  <br />
                  <span className="reference">{dispute.referenceTitulaire}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
