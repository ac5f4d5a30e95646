import en from '@locales/en/disputes.json';
import fr from '@locales/fr/disputes.json';
import { describe, expect, it } from 'vitest';
import { contestDocumentSchema, disputeDocumentSchema } from './contract';
import {
  DOCUMENT_CONTENT_MISMATCH,
  DOCUMENT_SIGNATURES,
  SIGNATURE_LENGTH,
  documentTypeOfBytes,
  sniffDocumentType,
  stripBidiControls,
} from './document-files';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('document signatures', () => {
  it('recognises each accepted format by its first bytes', () => {
    expect(documentTypeOfBytes(text('%PDF-1.7\n'))).toBe('application/pdf');
    expect(documentTypeOfBytes(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(documentTypeOfBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
    expect(documentTypeOfBytes(bytes(0x49, 0x49, 0x2a, 0x00, 8, 0))).toBe('image/tiff');
    expect(documentTypeOfBytes(bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 8))).toBe('image/tiff');
  });

  it('recognises nothing else, whatever the file is called', () => {
    expect(documentTypeOfBytes(text('<!DOCTYPE html><title>facture.pdf</title>'))).toBeNull();
    expect(documentTypeOfBytes(text('GIF89a\u0001\u0000'))).toBeNull();
    expect(documentTypeOfBytes(text(' %PDF-1.7'))).toBeNull();
    // A signature cut short is not the format.
    expect(documentTypeOfBytes(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(documentTypeOfBytes(bytes())).toBeNull();
  });

  it('gives the API a refusal the client can show, in French and English', () => {
    const path = DOCUMENT_CONTENT_MISMATCH.replace(/^disputes:/, '').split('.');
    const lookup = (bundle: unknown) =>
      path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], bundle);
    expect(lookup(fr)).toMatch(/^Le contenu d’un fichier ne correspond pas/);
    expect(lookup(en)).toMatch(/^A file’s content does not match/);
  });

  it('reads enough bytes for the longest signature', () => {
    const longest = Math.max(
      ...Object.values(DOCUMENT_SIGNATURES).flatMap((list) => list.map((s) => s.length)),
    );
    expect(SIGNATURE_LENGTH).toBe(longest);
  });

  it('reads only the first bytes of a file', async () => {
    // The whole file cannot be read; its first bytes can.
    class HugeFile extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new Error('the whole file was read'));
      }
    }
    const png = new HugeFile(
      [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'x'.repeat(1000)],
      'scan.png',
    );
    await expect(sniffDocumentType(png)).resolves.toBe('image/png');
    await expect(
      sniffDocumentType(new File(['<html>'], 'lettre.pdf', { type: 'application/pdf' })),
    ).resolves.toBeNull();
  });
});

describe('bidirectional controls in names', () => {
  it('removes every embedding, override, isolate and mark', () => {
    expect(stripBidiControls('photo\u202egnp.pdf')).toBe('photognp.pdf');
    const controls =
      '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c'.split('');
    expect(stripBidiControls(controls.join('a'))).toBe('a'.repeat(controls.length - 1));
  });

  it('keeps letters of every script, accents and spaces', () => {
    expect(stripBidiControls('Reçu n° 12 — فاتورة.pdf')).toBe('Reçu n° 12 — فاتورة.pdf');
  });

  it('is applied by the contract to names sent and names received', () => {
    const sent = contestDocumentSchema.parse({
      nom: ' photo\u202egnp.pdf ',
      typeMime: 'application/pdf',
      taille: 10,
    });
    expect(sent.nom).toBe('photognp.pdf');
    const onlyControls = contestDocumentSchema.safeParse({
      nom: '\u202e\u2066',
      typeMime: 'application/pdf',
      taille: 10,
    });
    expect(onlyControls.error?.issues.map((issue) => issue.message)).toEqual([
      'disputes:contest.documents.nameRequired',
    ]);
    const received = disputeDocumentSchema.parse({
      id: 'doc-1',
      nom: 'photo\u202egnp.pdf',
      typeMime: 'application/pdf',
      taille: 10,
      envoyeLe: '2026-11-26T10:00:00+01:00',
    });
    expect(received.nom).toBe('photognp.pdf');
  });
});
