import { useId, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { Field } from '@/components/form/field';
import { useFormValidation } from '@/components/form/use-form-validation';
import { zodCheck } from '@/components/form/zod-check';
import { formatNumber } from '@/lib/format';
import { disputeTypeSchema } from '../api/contract';
import { disputeListQuerySchema, type DisputeListQuery } from '../api/list-query';
import { reasonCodes } from '../reason-codes';

type FilterName = 'type' | 'motif' | 'du' | 'au' | 'carte' | 'min' | 'max' | 'q';
const FILTERS: readonly FilterName[] = ['type', 'motif', 'du', 'au', 'carte', 'min', 'max', 'q'];
const NO_FILTER = Object.fromEntries(FILTERS.map((name) => [name, undefined])) as Record<
  FilterName,
  undefined
>;

/** Whether the view is narrowed by any filter (an amount of 0 € counts). */
export function isFiltered(query: DisputeListQuery): boolean {
  return FILTERS.some((name) => query[name] !== undefined);
}

/** An amount of the query as the merchant would type it: « 49,9 » in French. */
function amountInput(amount: number | undefined, lang: string): string {
  return amount === undefined
    ? ''
    : formatNumber(amount, lang, { useGrouping: false, maximumFractionDigits: 2 });
}

/**
 * Type, reason, opening dates, card, amounts and search; applying them starts again from page 1
 * of the same tab.
 */
export function DisputeFilters({
  query,
  onApply,
}: {
  query: DisputeListQuery;
  onApply: (filters: Pick<DisputeListQuery, FilterName>) => void;
}) {
  const { t, i18n } = useTranslation('disputes');
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { errorOf, idOf, summary, onChange, handleSubmit, clearErrors } = useFormValidation({
    fields: FILTERS,
    idPrefix: id,
    reusable: true,
    check: () => {
      const data = new FormData(formRef.current ?? undefined);
      const raw = Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '')]));
      return zodCheck(disputeListQuerySchema, { ...raw, tab: query.tab }, FILTERS);
    },
  });
  const active = isFiltered(query);

  const submit = handleSubmit(async ({ type, motif, du, au, carte, min, max, q }) => {
    onApply({ type, motif, du, au, carte, min, max, q: q || undefined });
  });

  const clear = () => {
    clearErrors();
    onApply(NO_FILTER);
  };

  return (
    <form
      className="dispute-filters"
      ref={formRef}
      noValidate
      onSubmit={submit}
      onChange={onChange}
      aria-labelledby={`${id}-title`}
      // A new URL (Back, a link) shows its own filters.
      key={FILTERS.map((name) => query[name] ?? '').join('|')}
    >
      <h2 id={`${id}-title`} className="dispute-filters__title">
        {t('list.filters.title')}
      </h2>
      <ErrorSummary title={t('list.filters.errorSummary')} summary={summary} />
      <div className="dispute-filters__fields">
        <div className="field">
          <label className="field__label" htmlFor={idOf('type')}>
            {t('list.filters.type')}
          </label>
          <select
            id={idOf('type')}
            name="type"
            className="field__input"
            defaultValue={query.type ?? ''}
          >
            <option value="">{t('list.filters.allTypes')}</option>
            {disputeTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={idOf('motif')}>
            {t('list.filters.reason')}
          </label>
          <select
            id={idOf('motif')}
            name="motif"
            className="field__input"
            defaultValue={query.motif ?? ''}
          >
            <option value="">{t('list.filters.allReasons')}</option>
            {reasonCodes.map((reason) => (
              <option key={reason.code} value={reason.code}>
                {`${reason.code} — ${t(reason.labelKey)}`}
              </option>
            ))}
          </select>
        </div>
        <Field
          id={idOf('du')}
          name="du"
          type="date"
          label={t('list.filters.from')}
          defaultValue={query.du ?? ''}
          error={errorOf('du')}
        />
        <Field
          id={idOf('au')}
          name="au"
          type="date"
          label={t('list.filters.to')}
          defaultValue={query.au ?? ''}
          error={errorOf('au')}
        />
        <Field
          id={idOf('carte')}
          name="carte"
          inputMode="numeric"
          maxLength={4}
          label={t('list.filters.card')}
          hint={t('list.filters.cardHint')}
          defaultValue={query.carte ?? ''}
          error={errorOf('carte')}
          autoComplete="off"
        />
        <Field
          id={idOf('min')}
          name="min"
          inputMode="decimal"
          label={t('list.filters.min')}
          hint={t('list.filters.amountHint')}
          defaultValue={amountInput(query.min, i18n.language)}
          error={errorOf('min')}
          autoComplete="off"
        />
        <Field
          id={idOf('max')}
          name="max"
          inputMode="decimal"
          label={t('list.filters.max')}
          defaultValue={amountInput(query.max, i18n.language)}
          error={errorOf('max')}
          autoComplete="off"
        />
        <Field
          id={idOf('q')}
          name="q"
          type="search"
          className="dispute-filters__search"
          label={t('list.filters.search')}
          hint={t('list.filters.searchHint')}
          defaultValue={query.q ?? ''}
          error={errorOf('q')}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="actions">
        <Button type="submit">{t('list.filters.apply')}</Button>
        {active ? (
          <Button variant="secondary" onClick={clear}>
            {t('list.filters.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
