import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DomWindow } from '../../../sanitize';
import { hostileArticle } from '../fixtures';
import { exportEpub } from './package';

const win = window as DomWindow;

function parseXml(text: string, type: DOMParserSupportedType = 'application/xml'): Document {
  const doc = new DOMParser().parseFromString(text, type);
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}

describe('EPUB export', () => {
  const articles = [
    hostileArticle(),
    hostileArticle({
      id: 'h2',
      url: 'https://example.com/zh',
      title: '慢读的艺术 & more',
      lang: 'zh',
      dir: 'ltr',
      content:
        '<p>第一段<img src="data:image/png;base64,AAAA"></p><pre>code &lt;x&gt;</pre><table><tr><td>1</td></tr></table>',
    }),
  ];
  const bytes = exportEpub(articles, win, { now: Date.UTC(2026, 0, 2, 3, 4, 5, 678) });
  const files = unzipSync(bytes);

  it('starts with the mimetype entry, stored uncompressed, with no extra field', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    const nameLength = view.getUint16(26, true);
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(30 + nameLength, 30 + nameLength + 20))).toBe(
      'application/epub+zip',
    );
  });

  it('has the container, package, navigation and one XHTML file per article', () => {
    expect(Object.keys(files)).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/style.css',
      'OEBPS/article-0001.xhtml',
      'OEBPS/article-0002.xhtml',
    ]);
    const container = parseXml(strFromU8(files['META-INF/container.xml']!));
    expect(container.querySelector('rootfile')?.getAttribute('full-path')).toBe(
      'OEBPS/content.opf',
    );
    const opf = parseXml(strFromU8(files['OEBPS/content.opf']!));
    const manifest = Array.from(opf.querySelectorAll('manifest > item')).map((item) =>
      item.getAttribute('href'),
    );
    for (const href of manifest) expect(files[`OEBPS/${href}`]).toBeDefined();
    expect(
      Array.from(opf.querySelectorAll('spine > itemref')).map((i) => i.getAttribute('idref')),
    ).toEqual(['nav', 'a1', 'a2']);
    expect(opf.getElementsByTagName('meta')[0]?.textContent).toBe('2026-01-02T03:04:05Z');
    expect(opf.getElementsByTagName('dc:title')[0]?.textContent).toBe('Lector: 2 articles');
    expect(opf.getElementsByTagName('dc:creator')[0]?.textContent).toBe('Zoë <b>Bold</b>');
    const nav = parseXml(strFromU8(files['OEBPS/nav.xhtml']!), 'application/xhtml+xml');
    expect(Array.from(nav.querySelectorAll('nav li a')).map((a) => a.textContent)).toEqual([
      articles[0]!.title,
      '慢读的艺术 & more',
    ]);
  });

  it('writes each article as well-formed XHTML, titles as text, images as links', () => {
    const first = parseXml(strFromU8(files['OEBPS/article-0001.xhtml']!), 'application/xhtml+xml');
    expect(first.documentElement.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(first.documentElement.getAttribute('dir')).toBe('rtl');
    expect(first.documentElement.getAttribute('xml:lang')).toBe('ar');
    expect(first.querySelector('h1')?.textContent).toBe(articles[0]!.title);
    expect(first.querySelector('title')?.textContent).toBe(articles[0]!.title);
    expect(first.querySelectorAll('script, img')).toHaveLength(0);
    expect(first.querySelector('a[href="https://example.com/i.jpg"]')?.textContent).toBe(
      '[Image: A photo]',
    );
    expect(first.querySelector('br')).not.toBeNull();
    const second = parseXml(strFromU8(files['OEBPS/article-0002.xhtml']!), 'application/xhtml+xml');
    expect(second.querySelector('pre')?.textContent).toBe('code <x>');
    expect(second.querySelector('td')?.textContent).toBe('1');
    expect(second.querySelector('img')).toBeNull();
    expect(strFromU8(files['OEBPS/article-0002.xhtml']!)).not.toContain('data:image');
  });
});
