import {
  CONTEST_ACCEPTED_MIME_TYPES,
  CONTEST_MAX_FILES,
  CONTEST_MAX_FILE_SIZE,
  CONTEST_MAX_TOTAL_SIZE,
  type DocumentMimeType,
} from './api/contract';
import { sniffDocumentType, stripBidiControls } from './api/document-files';

export type FileRefusal =
  'type' | 'content' | 'unreadable' | 'empty' | 'size' | 'duplicate' | 'count' | 'total';

export interface RefusedFile {
  name: string;
  size: number;
  reason: FileRefusal;
  /** For a content that is not what the file claims: the type it claims. */
  claimed?: DocumentMimeType;
  /** For a duplicate: the file already chosen with the same content. */
  sameAs?: string;
}

const byExtension: Record<string, DocumentMimeType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
};

/** The accepted type a file claims, from its MIME type or, when the system gives none, its extension. */
export function documentType(file: File): DocumentMimeType | null {
  const declared = CONTEST_ACCEPTED_MIME_TYPES.find((type) => type === file.type);
  if (declared) return declared;
  if (file.type) return null;
  const name = stripBidiControls(file.name);
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return byExtension[extension] ?? null;
}

const digests = new WeakMap<Blob, Promise<string>>();

/** SHA-256 of a file's content, computed once per file and only when a duplicate is possible. */
function digest(file: Blob): Promise<string> {
  let found = digests.get(file);
  if (!found) {
    found = file
      .arrayBuffer()
      // A view rather than the buffer itself: Node's WebCrypto refuses an ArrayBuffer made by
      // jsdom's Blob (another realm), and browsers take either.
      .then((buffer) => crypto.subtle.digest('SHA-256', new Uint8Array(buffer)))
      .then((hash) =>
        Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join(''),
      );
    digests.set(file, found);
    // A file that could not be read may be readable on the next try.
    found.catch(() => digests.delete(file));
  }
  return found;
}

/** The chosen file with the same content, if any; only files of the same size are read. */
async function sameContent(chosen: readonly File[], file: File): Promise<File | undefined> {
  const candidates = chosen.filter((other) => other.size === file.size);
  if (candidates.length === 0) return undefined;
  const wanted = await digest(file);
  for (const other of candidates) {
    // A chosen file that can no longer be read is not held against the new one.
    const theirs = await digest(other).catch(() => null);
    if (theirs === wanted) return other;
  }
  return undefined;
}

/**
 * Adds what fits to the files already chosen, in order, and says why each other file was
 * refused: the same limits as the API (contract), and the same look at each file's first bytes,
 * checked before anything is sent. Names lose their bidirectional controls on the way in.
 */
export async function addFiles(
  current: readonly File[],
  incoming: readonly File[],
): Promise<{ files: File[]; refused: RefusedFile[] }> {
  const files = [...current];
  const refused: RefusedFile[] = [];
  let total = files.reduce((sum, file) => sum + file.size, 0);
  for (const file of incoming) {
    const name = stripBidiControls(file.name);
    const refuse = (reason: FileRefusal, detail: Pick<RefusedFile, 'claimed' | 'sameAs'> = {}) =>
      refused.push({ name, size: file.size, reason, ...detail });
    const type = documentType(file);
    if (!type) {
      refuse('type');
      continue;
    }
    if (file.size === 0) {
      refuse('empty');
      continue;
    }
    if (file.size > CONTEST_MAX_FILE_SIZE) {
      refuse('size');
      continue;
    }
    let content: DocumentMimeType | null;
    let duplicate: File | undefined;
    try {
      content = await sniffDocumentType(file);
      duplicate = content === type ? await sameContent(files, file) : undefined;
    } catch {
      // Moved or deleted since it was chosen, or the system would not give its bytes.
      refuse('unreadable');
      continue;
    }
    if (content !== type) refuse('content', { claimed: type });
    else if (duplicate) refuse('duplicate', { sameAs: duplicate.name });
    else if (files.length >= CONTEST_MAX_FILES) refuse('count');
    else if (total + file.size > CONTEST_MAX_TOTAL_SIZE) refuse('total');
    else {
      // The part's name and type are what the API checks: give it the ones recognised here.
      if (file.type === type && file.name === name) files.push(file);
      else {
        const renamed = new File([file], name, { type, lastModified: file.lastModified });
        const known = digests.get(file);
        if (known) digests.set(renamed, known);
        files.push(renamed);
      }
      total += file.size;
    }
  }
  return { files, refused };
}

export const ACCEPT_ATTRIBUTE = [
  ...CONTEST_ACCEPTED_MIME_TYPES,
  ...Object.keys(byExtension).map((extension) => `.${extension}`),
].join(',');
