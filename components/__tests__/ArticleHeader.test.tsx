import { afterEach, describe, expect, it } from 'vitest';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import { ArticleHeader } from '../ArticleHeader';
import { cleanup, mount } from './render';

afterEach(cleanup);

describe('ArticleHeader', () => {
  it('shows title, source, byline, date and reading time', () => {
    const view = mount(<ArticleHeader result={fixtureResult()} />);
    expect(view.get('article-title').textContent).toBe('The harbour flooded overnight');
    expect(view.get('article-source').textContent).toBe('Source: Example News');
    expect(view.get('article-byline').textContent).toBe('By Ana Pereira');
    expect(view.get('article-date').textContent).toBe('Published: June 12, 2025');
    expect(view.get('article-date').querySelector('time')?.getAttribute('datetime')).toBe(
      '2025-06-12',
    );
    expect(view.get('article-reading-time').textContent).toBe('Reading time: 2 minutes');
  });

  it('renders every field as text: markup in a title or byline stays characters', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const view = mount(
      <ArticleHeader
        result={fixtureResult({ title: hostile, byline: hostile, siteName: `<b>${hostile}</b>` })}
      />,
    );
    expect(view.get('article-title').textContent).toBe(hostile);
    expect(view.get('article-byline').textContent).toContain(hostile);
    expect(view.get('article-source').textContent).toContain(`<b>${hostile}</b>`);
    expect(view.container.querySelector('img, b')).toBeNull();
    // Only text nodes under the title.
    const kinds = Array.from(view.get('article-title').childNodes).map((node) => node.nodeType);
    expect(kinds.every((kind) => kind === Node.TEXT_NODE)).toBe(true);
  });

  it('links the original in a new tab without opener or referrer', () => {
    const view = mount(<ArticleHeader result={fixtureResult()} />);
    const link = view.get<HTMLAnchorElement>('article-original');
    expect(link.href).toBe(fixtureResult().url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(view.get('article-url').textContent).toBe(fixtureResult().url);
  });

  it('does not link a URL that is not http(s)', () => {
    const view = mount(<ArticleHeader result={fixtureResult({ url: 'javascript:alert(1)' })} />);
    expect(view.query('article-original')).toBeNull();
    expect(view.container.querySelector('a')).toBeNull();
  });

  it('formats the date and reading time in the page language', () => {
    const view = mount(<ArticleHeader result={fixtureResult({ lang: 'es', readingMinutes: 5 })} />);
    expect(view.get('article-date').textContent).toContain('12 de junio de 2025');
    expect(view.get('article-reading-time').textContent).toContain('5 minutos');
  });

  it('falls back to the host for the source, and leaves out what is missing', () => {
    const view = mount(
      <ArticleHeader
        result={fixtureResult({ siteName: null, byline: null, publishedTime: null, title: ' ' })}
      />,
    );
    expect(view.get('article-source').textContent).toBe('Source: news.example.com');
    expect(view.query('article-byline')).toBeNull();
    expect(view.query('article-date')).toBeNull();
    expect(view.get('article-title').textContent).toBe('Untitled article');
  });
});
