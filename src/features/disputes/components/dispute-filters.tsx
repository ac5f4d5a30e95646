import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/error-summary';
import { Field } from '@/components/field';
import { disputeListQuerySchema, disputeTypeSchema, type DisputeListQuery } from '../api/contract';

type FilterName = 'type' | 'du' | 'au' | 'q';
const FILTERS: readonly FilterName[] = ['type', 'du', 'au', 'q'];

/** Type, opening dates and search; applying them starts again from page 1 of the same tab. */
export function DisputeFilters({
  query,
  onApply,
}: {
  query: DisputeListQuery;
  onApply: (filters: Pick<DisputeListQuery, FilterName>) => void;
}) {
  const { t } = useTranslation('disputes');
  const id = useId();
  const [errors, setErrors] = useState<Partial<Record<FilterName, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const fieldId = (name: FilterName) => `${id}-${name}`;
  const active = FILTERS.some((name) => query[name] !== undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const raw = Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '')]));
    const parsed = disputeListQuerySchema.safeParse({ ...raw, tab: query.tab });
    if (!parsed.success) {
      const next: Partial<Record<FilterName, string>> = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0];
        if (typeof name === 'string' && (FILTERS as readonly string[]).includes(name)) {
          next[name as FilterName] ??= issue.message;
        }
      }
      setErrors(next);
      setAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    const { type, du, au, q } = parsed.data;
    onApply({ type, du, au, q: q || undefined });
  };

  const clear = () => {
    setErrors({});
    onApply({ type: undefined, du: undefined, au: undefined, q: undefined });
  };

  const summary = FILTERS.flatMap((name) => {
    const message = errors[name];
    return message ? [{ fieldId: fieldId(name), message: t(message) }] : [];
  });

  return (
    <form
      className="dispute-filters"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      // A new URL (Back, a link) shows its own filters.
      key={FILTERS.map((name) => query[name] ?? '').join('|')}
    >
      <h2 id={`${id}-title`} className="dispute-filters__title">
        {t('list.filters.title')}
      </h2>
      <ErrorSummary title={t('list.filters.errorSummary')} errors={summary} focusKey={attempt} />
      <div className="dispute-filters__fields">
        <div className="field">
          <label className="field__label" htmlFor={fieldId('type')}>
            {t('list.filters.type')}
          </label>
          <select
            id={fieldId('type')}
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
        <Field
          id={fieldId('du')}
          name="du"
          type="date"
          label={t('list.filters.from')}
          defaultValue={query.du ?? ''}
          error={errors.du}
        />
        <Field
          id={fieldId('au')}
          name="au"
          type="date"
          label={t('list.filters.to')}
          defaultValue={query.au ?? ''}
          error={errors.au}
        />
        <Field
          id={fieldId('q')}
          name="q"
          type="search"
          className="dispute-filters__search"
          label={t('list.filters.search')}
          hint={t('list.filters.searchHint')}
          defaultValue={query.q ?? ''}
          error={errors.q}
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
