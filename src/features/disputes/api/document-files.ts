import type { DocumentMimeType } from './contract';

/*
 * What a document's bytes and name must be, shared by the form (a courtesy, before sending) and
 * the API (the rule). Plain functions on Blob and string: they run in the page, in the mock
 * server's worker and in Node.
 */

/** The first bytes of each accepted format; a file's name or declared type proves nothing. */
export const DOCUMENT_SIGNATURES = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/tiff': [
    [0x49, 0x49, 0x2a, 0x00], // II*␀, little-endian
    [0x4d, 0x4d, 0x00, 0x2a], // MM␀*, big-endian
  ],
} as const satisfies Record<DocumentMimeType, readonly (readonly number[])[]>;

/** The API's answer (in `fieldErrors`) to a file whose content is not the type it claims. */
export const DOCUMENT_CONTENT_MISMATCH = 'disputes:contest.documents.contentMismatch';

/** How many bytes to read to recognise any accepted format. */
export const SIGNATURE_LENGTH = Math.max(
  ...Object.values(DOCUMENT_SIGNATURES).flatMap((signatures) =>
    signatures.map((signature) => signature.length),
  ),
);

/** The accepted format these first bytes start, or null. */
export function documentTypeOfBytes(bytes: Uint8Array): DocumentMimeType | null {
  const types = Object.keys(DOCUMENT_SIGNATURES) as DocumentMimeType[];
  return (
    types.find((type) =>
      DOCUMENT_SIGNATURES[type].some((signature) =>
        signature.every((byte, index) => bytes[index] === byte),
      ),
    ) ?? null
  );
}

/** The accepted format of a file's content, reading only its first bytes. */
export async function sniffDocumentType(file: Blob): Promise<DocumentMimeType | null> {
  const head = await file.slice(0, SIGNATURE_LENGTH).arrayBuffer();
  return documentTypeOfBytes(new Uint8Array(head));
}

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F,
// U+061C): « photo\u202Egnp.pdf » would display as « photofdp.png ».
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** A file name without the invisible characters that reorder how it displays. */
export function stripBidiControls(name: string): string {
  return name.replace(BIDI_CONTROLS, '');
}
