import {
  CONTEST_ACCEPTED_MIME_TYPES,
  CONTEST_MAX_FILES,
  CONTEST_MAX_FILE_SIZE,
  CONTEST_MAX_TOTAL_SIZE,
  type DocumentMimeType,
} from './api/contract';

export type FileRefusal = 'type' | 'empty' | 'size' | 'duplicate' | 'count' | 'total';

export interface RefusedFile {
  name: string;
  size: number;
  reason: FileRefusal;
}

const byExtension: Record<string, DocumentMimeType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** The accepted type of a file, from its MIME type or, when the system gives none, its extension. */
export function documentType(file: File): DocumentMimeType | null {
  const declared = CONTEST_ACCEPTED_MIME_TYPES.find((type) => type === file.type);
  if (declared) return declared;
  if (file.type) return null;
  const extension = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
  return byExtension[extension] ?? null;
}

/**
 * Adds what fits to the files already chosen, in order, and says why each other file was
 * refused: the same limits as the API (contract), checked before anything is sent.
 */
export function addFiles(
  current: readonly File[],
  incoming: readonly File[],
): { files: File[]; refused: RefusedFile[] } {
  const files = [...current];
  const refused: RefusedFile[] = [];
  let total = files.reduce((sum, file) => sum + file.size, 0);
  for (const file of incoming) {
    const refuse = (reason: FileRefusal) =>
      refused.push({ name: file.name, size: file.size, reason });
    const type = documentType(file);
    if (!type) refuse('type');
    else if (file.size === 0) refuse('empty');
    else if (file.size > CONTEST_MAX_FILE_SIZE) refuse('size');
    else if (files.some((chosen) => chosen.name === file.name && chosen.size === file.size)) {
      refuse('duplicate');
    } else if (files.length >= CONTEST_MAX_FILES) refuse('count');
    else if (total + file.size > CONTEST_MAX_TOTAL_SIZE) refuse('total');
    else {
      // The part's type is what the API checks: give it the one recognised here.
      files.push(
        file.type === type
          ? file
          : new File([file], file.name, { type, lastModified: file.lastModified }),
      );
      total += file.size;
    }
  }
  return { files, refused };
}

export const ACCEPT_ATTRIBUTE = [
  ...CONTEST_ACCEPTED_MIME_TYPES,
  ...Object.keys(byExtension).map((extension) => `.${extension}`),
].join(',');
