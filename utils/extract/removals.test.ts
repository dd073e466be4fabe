import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { describeRemoval, finishRemovals } from './removals';
import { sanitizeArticleContainers, type DomWindow } from '../sanitize';

describe('describeRemoval and finishRemovals', () => {
  it('snips the text, absolutizes URLs, and anchors to the nearest kept block', () => {
    const { window } = new JSDOM(
      '<body><p>First kept.</p><p>Second kept.</p><div id="x"><a href="/app"><img src="badge.png" alt="app-store"></a> Get the app</div></body>',
      { url: 'https://x.example/a/' },
    );
    const doc = window.document;
    const block = doc.getElementById('x')!;
    const pending = describeRemoval(block, 'app-banner', 'an invitation to download the app', {
      baseUrl: 'https://x.example/a/',
      scratch: () => doc.implementation.createHTMLDocument(''),
    });
    expect(pending.text).toBe('Get the app');
    const [removal] = finishRemovals(
      [pending],
      'First kept.\nSecond kept.',
      sanitizeArticleContainers([pending.copy], window as unknown as DomWindow),
    );
    expect(removal!.html).toContain('href="https://x.example/app"');
    expect(removal!.html).toContain('src="https://x.example/a/badge.png"');
    expect(removal!.html).toMatch(/^<div [^>]*>/);
    expect(doc.getElementById('x')!.querySelector('a')!.getAttribute('href')).toBe('/app');
    expect(removal).toMatchObject({ id: 'r0', kind: 'app-banner', anchorText: 'Second kept.' });
    expect(removal!.html).toContain('rel="noopener noreferrer"');
  });

  it('logs navigation without HTML and uses image alt text for image-only blocks', () => {
    const doc = new JSDOM(
      '<body><a id="l" href="/"><img src="/logo.png" alt="Site logo"></a><nav id="n"><a href="/a">A</a></nav></body>',
    ).window.document;
    const context = {
      baseUrl: 'https://x.example/',
      scratch: () => doc.implementation.createHTMLDocument(''),
    };
    expect(describeRemoval(doc.getElementById('l')!, 'logo', 'the site logo', context).text).toBe(
      'Site logo',
    );
    expect(describeRemoval(doc.getElementById('n')!, 'navigation', 'menu', context).copy).toBe(
      null,
    );
  });
});
