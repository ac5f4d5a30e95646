import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { Trans } from '@/lib/trans';
import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { FieldError } from '@/components/form/field-error';
import { ACCEPT_ATTRIBUTE, addFiles, type RefusedFile } from '../file-checks';
import { formatFileSize } from '../format';
import { FileList } from './file-list';

/** File picker and drop zone; every file listed with its size, removable, refusals by name. */
export function DocumentPicker({
  inputId,
  files,
  toChooseAgain = [],
  onChange,
  onCheckingChange,
  error,
}: {
  inputId: string;
  files: readonly File[];
  /** Names of files chosen before a reload or an expired session, which the browser dropped. */
  toChooseAgain?: readonly string[];
  onChange: (files: readonly File[]) => void;
  /** True while chosen files are being read and checked, before they join the list. */
  onCheckingChange?: (checking: boolean) => void;
  /** An i18n key from the API's or the contract's check of the whole list. */
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  // Checking reads the files' bytes: a second choice made meanwhile waits for the first and
  // adds to its result, not to the list it started from.
  const latest = useRef(files);
  const queue = useRef(Promise.resolve());
  useEffect(() => {
    latest.current = files;
  }, [files]);

  const pendingChecks = useRef(0);
  const track = (change: 1 | -1) => {
    pendingChecks.current += change;
    onCheckingChange?.(pendingChecks.current > 0);
  };

  const add = (incoming: readonly File[]) => {
    if (incoming.length === 0) return;
    track(1);
    const run = queue.current.then(async () => {
      const before = latest.current;
      const result = await addFiles(before, incoming);
      setRefused(result.refused);
      const added = result.files.length - before.length;
      setStatus(added > 0 ? t('contest.documents.added', { count: added }) : '');
      if (added > 0) {
        latest.current = result.files;
        onChange(result.files);
      }
    });
    // A check that failed does not block the next one; its error is still reported.
    queue.current = run.catch(() => undefined);
    void run.finally(() => track(-1));
  };

  const remove = (index: number) => {
    const file = files[index];
    if (!file) return;
    const kept = files.filter((_, position) => position !== index);
    latest.current = kept;
    onChange(kept);
    setRefused([]);
    setStatus(t('contest.documents.removed', { name: file.name }));
    // The button is gone: keep the keyboard user in the same place of the form.
    inputRef.current?.focus();
  };

  const onDrop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    add([...event.dataTransfer.files]);
  };

  const describedBy = [
    `${id}-hint`,
    toChooseAgain.length > 0 ? `${id}-again` : null,
    error ? `${id}-error` : null,
    refused.length > 0 ? `${id}-refused` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    // Dropping is a pointer shortcut; keyboard users have the file input inside. The whole
    // fieldset takes dropped files: a bigger target than the picker alone.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <fieldset
      className="fieldset documents"
      aria-describedby={`${id}-hint`}
      onDragEnter={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <legend className="fieldset__legend">{t('contest.documents.legend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('contest.documents.hint')}
      </p>
      {toChooseAgain.length > 0 ? (
        <Alert tone="warning" title={t('contest.documents.chooseAgain.title')}>
          <div id={`${id}-again`}>
            <p>{t('contest.documents.chooseAgain.text')}</p>
            <ul>
              {toChooseAgain.map((name) => (
                <li key={name}>
                  <bdi>{name}</bdi>
                </li>
              ))}
            </ul>
          </div>
        </Alert>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
      <div className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}>
        <label className="field__label" htmlFor={inputId}>
          {t('contest.documents.choose')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="drop-zone__input"
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            add([...(event.currentTarget.files ?? [])]);
            // The same file can be chosen again after being removed.
            event.currentTarget.value = '';
          }}
        />
        <p className="drop-zone__text" aria-hidden="true">
          {dragging ? t('contest.documents.dropActive') : t('contest.documents.drop')}
        </p>
      </div>
      {refused.length > 0 ? (
        <Alert tone="error" title={t('contest.documents.refusedTitle')}>
          <ul id={`${id}-refused`}>
            {refused.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                <Trans
                  t={t}
                  i18nKey={
                    file.reason === 'duplicate' && file.sameAs !== file.name
                      ? 'contest.documents.refused.duplicateContent'
                      : `contest.documents.refused.${file.reason}`
                  }
                  values={{
                    name: file.name,
                    sameAs: file.sameAs,
                    size: formatFileSize(file.size, lang, t),
                    format: file.claimed ? t(`case.mime.${file.claimed}`) : undefined,
                  }}
                  // Names are isolated: one written right to left cannot reorder the sentence.
                  components={{ name: <bdi />, sameAs: <bdi /> }}
                />
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {files.length === 0 ? (
        <p>{t('contest.documents.none')}</p>
      ) : (
        <FileList files={files} label={t('contest.documents.listLabel')} onRemove={remove} />
      )}
    </fieldset>
  );
}
