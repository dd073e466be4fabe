import type { SavedArticle } from '../types';

/** For tests only: articles whose every text field tries to break out of its format. */
export function hostileArticle(overrides: Partial<SavedArticle> = {}): SavedArticle {
  return {
    id: 'h1',
    url: 'https://example.com/a?x=1&y="2"',
    canonicalUrl: 'https://example.com/a?x=1&y=%222%22',
    title: '</title><script>alert(1)</script> "Quotes" & \'apostrophes\' # not a heading',
    byline: 'Zoë <b>Bold</b>',
    siteName: 'Site & Co',
    publishedTime: '2025-03-04',
    lang: 'ar',
    dir: 'rtl',
    excerpt: '---\nfront: matter\n---',
    leadImage: null,
    wordCount: 12,
    readingMinutes: 1,
    related: [],
    tags: ['a,b', 'ü', '"q"', '🎉'],
    status: 'unread',
    progress: 0.25,
    savedAt: Date.UTC(2025, 2, 4, 10, 0, 0),
    updatedAt: Date.UTC(2025, 2, 5, 10, 0, 0),
    readAt: null,
    linkOnly: false,
    importedFrom: null,
    highlights: '> a highlight',
    content:
      '<h2>Heading</h2><p dir="rtl">مرحبا <a href="https://example.com/x" target="_blank" rel="noopener noreferrer">link</a> &amp; more\u0001</p><img src="https://example.com/i.jpg" alt="A photo" loading="lazy" decoding="async"><p>Second<br>line</p><ul><li>one</li></ul>',
    textContent: 'Heading\nمرحبا link & more\nSecond\nline\none',
    ...overrides,
  };
}
