import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset, looksBinary } from './html-page';

describe('decodeHtml', () => {
  it('defaults to UTF-8', () => {
    expect(decodeHtml(Buffer.from('<p>żółć ☃</p>'))).toBe('<p>żółć ☃</p>');
  });

  it('honours a declared charset', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="iso-8859-2"><p>'),
      Buffer.from([0xbf, 0xf3, 0xb3, 0xe6]), // żółć in ISO-8859-2
      Buffer.from('</p>'),
    ]);
    expect(declaredCharset(bytes)).toBe('iso-8859-2');
    expect(decodeHtml(bytes)).toContain('żółć');
  });

  it('reads the http-equiv form and prefers a BOM over any declaration', () => {
    const legacy = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>'),
      Buffer.from([0xcf, 0xf0, 0xe8]), // При
    ]);
    expect(decodeHtml(legacy)).toContain('При');
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<meta charset="latin1">é'),
    ]);
    expect(decodeHtml(bom)).toContain('é');
  });

  it('falls back to UTF-8 for a charset name it does not know', () => {
    expect(decodeHtml(Buffer.from('<meta charset="no-such-charset"><p>ok é</p>'))).toContain(
      'ok é',
    );
  });
});

describe('looksBinary', () => {
  it('takes a file with control bytes near its start for binary, not HTML', () => {
    expect(looksBinary(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0x01]))).toBe(
      true,
    );
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  });

  it('takes HTML in any encoding for text, UTF-16 with its zero bytes too', () => {
    expect(looksBinary(Buffer.from('<!doctype html>\r\n\t<p>żółć ☃ \u001b[0m</p>'))).toBe(false);
    expect(
      looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hi</p>', 'utf16le')])),
    ).toBe(false);
    expect(looksBinary(Buffer.from([0xcf, 0xf0, 0xe8]))).toBe(false);
  });
});
