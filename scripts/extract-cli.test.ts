import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extract, extractAll, pageFiles, parseArguments } from './extract-cli';

const ARTICLE = `<html lang="en"><head><title>Ferry cuts - Harbour News</title>
<link rel="canonical" href="https://harbour.example/2025/06/12/ferry-cuts"></head><body>
<article><h1>Ferry cuts</h1>${'<p>The ferry timetable was cut to hourly services after a crew shortage, the operator said on Thursday.</p>'.repeat(6)}</article></body></html>`;

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'lector-cli-'));
  mkdirSync(join(root, 'nested'));
  writeFileSync(join(root, 'a.html'), ARTICLE);
  writeFileSync(join(root, 'nested', 'b.html.gz'), gzipSync(Buffer.from(ARTICLE)));
  writeFileSync(join(root, 'notes.txt'), 'not a page');
  return root;
}

describe('extract CLI', () => {
  it('parses paths and --url', () => {
    expect(parseArguments(['a.html', '--url', 'https://x.example/', 'dir'])).toEqual({
      paths: ['a.html', 'dir'],
      url: 'https://x.example/',
      force: true,
    });
    expect(parseArguments(['--url=https://y.example/', '--respect-detection']).force).toBe(false);
  });

  it('reads directories recursively, .html and .html.gz only', () => {
    const root = tree();
    expect([...pageFiles([root])].map((file) => file.slice(root.length + 1))).toEqual([
      'a.html',
      'nested/b.html.gz',
    ]);
  });

  it('gives one result per page with the canonical URL, and the core time only', () => {
    const root = tree();
    const line = extract(join(root, 'nested', 'b.html.gz'), { paths: [], url: null, force: true });
    expect(line).toMatchObject({
      url: 'https://harbour.example/2025/06/12/ferry-cuts',
      title: 'Ferry cuts',
      isArticle: true,
      lang: 'en',
      dir: 'ltr',
    });
    expect(String(line['textContent']).split('\n')).toHaveLength(6);
    expect(line['reasons']).toContain('The URL contains a date');
    expect(typeof line['extractMs']).toBe('number');
    expect(Object.keys(line)).toEqual(
      expect.arrayContaining([
        'file',
        'reasons',
        'byline',
        'siteName',
        'publishedTime',
        'excerpt',
        'wordCount',
        'readingMinutes',
        'content',
        'related',
        'removed',
        'pages',
      ]),
    );
  });

  it('throws on a missing file (the CLI turns that into an error line)', () => {
    expect(() =>
      extract('/nonexistent/page.html', { paths: [], url: null, force: true }),
    ).toThrow();
  });

  it('throws on a binary file named .html: it is not a page to read', () => {
    const root = tree();
    const file = join(root, 'photo.html');
    writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]));
    expect(() => extract(file, { paths: [], url: null, force: true })).toThrow(/binary data/);
  });

  it('lets the event loop turn after each page (jsdom frees a closed page only then)', async () => {
    // A loop that never yields kept every page it had read: a 400 MB heap ran out after 46 of
    // the corpus's 329 pages. The turn after each page is what lets them go.
    const root = tree();
    const events: string[] = [];
    let running = true;
    const turn = (): void => {
      events.push('turn');
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    await extractAll({ paths: [root], url: null, force: true }, () => events.push('page'));
    running = false;
    expect(events.filter((event) => event === 'page')).toHaveLength(2);
    const between = events.slice(events.indexOf('page') + 1, events.lastIndexOf('page'));
    expect(between).toContain('turn');
  });
});
