import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset } from './html-page';

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
