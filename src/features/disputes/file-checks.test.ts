import { describe, expect, it, vi } from 'vitest';
import { addFiles } from './file-checks';

const PDF = '%PDF-1.7\n';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

const pdf = (name: string, body = 'preuve') =>
  new File([PDF, body], name, { type: 'application/pdf' });

describe('addFiles', () => {
  it('refuses a file whose content is not the type its name claims', async () => {
    const html = new File(['<!DOCTYPE html><p>facture</p>'], 'facture.pdf', {
      type: 'application/pdf',
    });
    const gif = new File(['GIF89a\u0001\u0000\u0001\u0000'], 'scan.tiff', { type: 'image/tiff' });
    // No MIME type from the system: the extension is the claim.
    const pngCalledJpeg = new File([PNG, 'x'], 'photo.jpg');
    const { files, refused } = await addFiles([], [html, gif, pngCalledJpeg]);
    expect(files).toEqual([]);
    expect(refused).toEqual([
      { name: 'facture.pdf', size: html.size, reason: 'content', claimed: 'application/pdf' },
      { name: 'scan.tiff', size: gif.size, reason: 'content', claimed: 'image/tiff' },
      { name: 'photo.jpg', size: pngCalledJpeg.size, reason: 'content', claimed: 'image/jpeg' },
    ]);
  });

  it('accepts real documents, typing those the system gave no type by their content', async () => {
    const { files, refused } = await addFiles(
      [],
      [pdf('preuve.pdf'), new File([JPEG, 'x'], 'photo.JPG'), new File([PNG, 'x'], 'scan.png')],
    );
    expect(refused).toEqual([]);
    expect(files.map((file) => [file.name, file.type])).toEqual([
      ['preuve.pdf', 'application/pdf'],
      ['photo.JPG', 'image/jpeg'],
      ['scan.png', 'image/png'],
    ]);
  });

  it('removes bidirectional controls from the names it adds and refuses', async () => {
    const disguised = new File([PNG, 'x'], 'photo\u202egnp.pdf', { type: 'application/pdf' });
    const real = pdf('re\u2067çu\u2069.pdf');
    const { files, refused } = await addFiles([], [disguised, real]);
    expect(refused).toMatchObject([{ name: 'photognp.pdf', reason: 'content' }]);
    expect(files.map((file) => [file.name, file.type])).toEqual([['reçu.pdf', 'application/pdf']]);
    expect(await files[0]?.text()).toBe(`${PDF}preuve`);
  });

  it('keeps two different files with the same name and size', async () => {
    const first = pdf('facture.pdf', 'janvier');
    const second = pdf('facture.pdf', 'juillet');
    expect(first.size).toBe(second.size);
    const { files, refused } = await addFiles([first], [second]);
    expect(refused).toEqual([]);
    expect(files).toHaveLength(2);
  });

  it('refuses the same content under another name, and says which file has it', async () => {
    const first = pdf('facture.pdf', 'janvier');
    const { files, refused } = await addFiles(
      [first],
      [pdf('facture-copie.pdf', 'janvier'), pdf('facture.pdf', 'janvier')],
    );
    expect(files).toEqual([first]);
    expect(refused).toEqual([
      { name: 'facture-copie.pdf', size: first.size, reason: 'duplicate', sameAs: 'facture.pdf' },
      { name: 'facture.pdf', size: first.size, reason: 'duplicate', sameAs: 'facture.pdf' },
    ]);
  });

  it('refuses a duplicate within the same choice', async () => {
    const { files, refused } = await addFiles([], [pdf('a.pdf'), pdf('b.pdf')]);
    expect(files.map((file) => file.name)).toEqual(['a.pdf']);
    expect(refused).toMatchObject([{ name: 'b.pdf', reason: 'duplicate', sameAs: 'a.pdf' }]);
  });

  it('hashes only files that could be duplicates: those of the same size', async () => {
    const digest = vi.spyOn(crypto.subtle, 'digest');
    await addFiles([pdf('a.pdf', 'court')], [pdf('b.pdf', 'bien plus long')]);
    expect(digest).not.toHaveBeenCalled();
    await addFiles([pdf('a.pdf', 'sept')], [pdf('b.pdf', 'huit')]);
    expect(digest).toHaveBeenCalledTimes(2);
  });

  it('refuses a file that can no longer be read', async () => {
    class GoneFile extends File {
      override slice(): Blob {
        const gone = new Blob();
        gone.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
        return gone;
      }
    }
    const gone = new GoneFile([PDF], 'parti.pdf', { type: 'application/pdf' });
    const { files, refused } = await addFiles([], [gone]);
    expect(files).toEqual([]);
    expect(refused).toMatchObject([{ name: 'parti.pdf', reason: 'unreadable' }]);
  });

  it('does not blame a new file for a chosen one that can no longer be read', async () => {
    class GoneFile extends File {
      override arrayBuffer(): Promise<ArrayBuffer> {
        return Promise.reject(new DOMException('gone', 'NotReadableError'));
      }
    }
    const gone = new GoneFile([PDF, 'janvier'], 'parti.pdf', { type: 'application/pdf' });
    const { files, refused } = await addFiles([gone], [pdf('facture.pdf', 'juillet')]);
    expect(refused).toEqual([]);
    expect(files.map((file) => file.name)).toEqual(['parti.pdf', 'facture.pdf']);
  });
});
