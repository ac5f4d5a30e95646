import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { formatFileSize } from '../format';

interface FileListProps {
  files: readonly File[];
  label?: string;
  /** Given while the files can still be changed (the picker); absent on the review. */
  onRemove?: (index: number) => void;
}

/** The pièces justificatives: name and size of each, and their count and total. */
export function FileList({ files, label, onRemove }: FileListProps) {
  const { t, i18n } = useTranslation('disputes');
  const lang = i18n.language;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  return (
    <>
      <ul className="file-list" aria-label={label}>
        {files.map((file, index) => (
          <li key={`${file.name}-${file.size}-${index}`} className="file-list__item">
            <bdi className="file-list__name break">{file.name}</bdi>
            <span className="file-list__meta">{formatFileSize(file.size, lang, t)}</span>
            {onRemove ? (
              <Button
                variant="secondary"
                className="file-list__remove"
                aria-label={t('contest.documents.removeLabel', { name: file.name })}
                onClick={() => onRemove(index)}
              >
                {t('contest.documents.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="file-list__total">
        {t('contest.documents.total', {
          count: files.length,
          size: formatFileSize(total, lang, t),
        })}
      </p>
    </>
  );
}
