import { describe, expect, it } from 'vitest';
import { captureSnapshot, OVERLAY_TAG, parseSnapshot } from './snapshot';

describe('captureSnapshot', () => {
  it('serializes the page without Lector’s own overlay', () => {
    document.body.innerHTML = '<p>story</p>';
    const host = document.createElement(OVERLAY_TAG);
    document.documentElement.append(host);
    const snapshot = captureSnapshot(document);
    expect(snapshot.html).toContain('<p>story</p>');
    expect(snapshot.html).not.toContain(OVERLAY_TAG);
    expect(document.querySelector(OVERLAY_TAG)).toBe(host);
    host.remove();
  });
});

describe('parseSnapshot', () => {
  it('gives the parsed document the page URL as its base, without a <base> element', () => {
    const doc = parseSnapshot(
      { html: '<a href="/next">n</a>', url: 'https://news.test/a/b' },
      window,
    );
    expect(doc.baseURI).toBe('https://news.test/a/b');
    expect(doc.URL).toBe('https://news.test/a/b');
    expect(doc.querySelector('base')).toBeNull();
    expect(new URL(doc.querySelector('a')!.getAttribute('href')!, doc.baseURI).href).toBe(
      'https://news.test/next',
    );
  });

  it('honours the page’s own <base>, resolved against the page URL', () => {
    const doc = parseSnapshot(
      { html: '<head><base href="/section/"></head><body></body>', url: 'https://news.test/a' },
      window,
    );
    expect(doc.baseURI).toBe('https://news.test/section/');
  });

  it('runs no script and loads nothing', () => {
    (window as unknown as { ran?: boolean }).ran = false;
    parseSnapshot(
      {
        html: '<script>window.ran = true</script><img src=x onerror="window.ran = true">',
        url: 'https://a.test/',
      },
      window,
    );
    expect((window as unknown as { ran?: boolean }).ran).toBe(false);
  });
});
