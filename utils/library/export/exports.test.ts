import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DomWindow } from '../../sanitize';
import { parseBookmarksHtml } from '../import/bookmarks-html';
import { exportBookmarksHtml } from './bookmarks';
import { safeFileStem, uniqueNamer } from './file-names';
import { hostileArticle } from './fixtures';
import { articleMarkdown, exportMarkdownZip, frontMatter } from './markdown';

const win = window as DomWindow;

describe('file names', () => {
  it.each([
    ['Hello, world', 'Hello,-world'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['  ...dots...  ', 'dots'],
    ['CON', '_CON'],
    ['', 'article'],
    ['\u0000\u0007', 'article'],
    ['中文标题：慢读的艺术', '中文标题：慢读的艺术'],
    ['🎉'.repeat(100), '🎉'.repeat(80)],
  ])('%j → %j', (title, stem) => {
    expect(safeFileStem(title)).toBe(stem);
  });

  it('makes names unique ignoring case', () => {
    const name = uniqueNamer();
    expect([name('a', 'md'), name('A', 'md'), name('a', 'md'), name('a', 'txt')]).toEqual([
      'a.md',
      'A-2.md',
      'a-3.md',
      'a.txt',
    ]);
  });
});

describe('Netscape bookmarks export', () => {
  it('escapes every field and re-imports with link, title, tags, dates and unread flag', () => {
    const article = hostileArticle();
    const read = hostileArticle({
      id: 'h2',
      url: 'https://example.com/b',
      status: 'archived',
      tags: [],
    });
    const html = exportBookmarksHtml([article, read]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;');
    const parsed = parseBookmarksHtml(html, win);
    expect(parsed.problems).toEqual([]);
    if (parsed.source === 'lector-json') throw new Error('unexpected');
    expect(parsed.drafts).toMatchObject([
      {
        url: article.url,
        title: article.title,
        tags: ['a b', 'ü', '"q"', '🎉'],
        status: 'unread',
        savedAt: article.savedAt,
        excerpt: '--- front: matter ---',
      },
      { url: 'https://example.com/b', status: 'read', tags: [] },
    ]);
  });
});

describe('Markdown export', () => {
  it('quotes every front-matter value so nothing breaks out of it', () => {
    const yaml = frontMatter(hostileArticle());
    const lines = yaml.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines.at(-1)).toBe('---');
    expect(lines.filter((line) => line === '---')).toHaveLength(2);
    const excerpt = lines.find((line) => line.startsWith('excerpt: '))!;
    expect(JSON.parse(excerpt.slice('excerpt: '.length))).toBe('---\nfront: matter\n---');
    expect(lines).toContain('progress: 0.25');
    expect(lines).toContain('  - "\\"q\\""');
  });

  it('writes one .md file per article with unique, safe names', () => {
    const articles = [
      hostileArticle(),
      hostileArticle({ id: 'h2', url: 'https://example.com/2' }),
      hostileArticle({
        id: 'h3',
        url: 'https://example.com/3',
        title: 'Link only',
        content: '',
        linkOnly: true,
      }),
    ];
    const files = unzipSync(exportMarkdownZip(articles, win));
    const names = Object.keys(files);
    expect(names).toHaveLength(3);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^2025-03-04-[^/\\:*?"<>|]+\.md$/);
    const first = strFromU8(files[names[0]!]!);
    expect(first).toContain('## Heading');
    expect(first).toContain('[link](https://example.com/x)');
    expect(first).toContain('![A photo](https://example.com/i.jpg)');
    expect(first).toContain('## Highlights\n\n> a highlight');
    // The title line is text: no raw HTML, Markdown syntax escaped.
    expect(first).toContain('# &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; "Quotes"');
    const body = first.slice(first.indexOf('\n---\n') + 5);
    expect(body).not.toContain('<script>');
    const linkOnly = strFromU8(files[names[2]!]!);
    expect(linkOnly).toContain('link_only: true');
    expect(linkOnly).toContain('(<https://example.com/3>)');
  });

  it('escapes text that reads like HTML in the body, and keeps code literal', () => {
    const article = hostileArticle({
      content:
        '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1 &gt; 0</p><pre><code>if (a &lt; b) {}</code></pre>',
    });
    const markdown = articleMarkdown(article, win);
    const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1 &gt; 0');
    expect(body).toContain('```\nif (a < b) {}\n```');
    expect(body).not.toContain('<script>');
  });
});
