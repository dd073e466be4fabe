import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { fixLazyImages, largestCandidate } from './lazy-images';

function fixed(html: string, scripting = false): HTMLElement {
  const dom = new JSDOM(`<body>${html}</body>`, scripting ? { runScripts: 'outside-only' } : {});
  const body = dom.window.document.body;
  fixLazyImages(body, new dom.window.DOMParser());
  return body;
}

describe('fixLazyImages', () => {
  it('takes data-src over a placeholder src, and data-srcset', () => {
    const body = fixed(
      '<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg" data-srcset="/r-400.jpg 400w, /r-800.jpg 800w">',
    );
    const img = body.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/real.jpg');
    expect(img.getAttribute('srcset')).toBe('/r-400.jpg 400w, /r-800.jpg 800w');
  });

  it('fills a missing src from srcset, largest candidate first', () => {
    const body = fixed('<img srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w">');
    expect(body.querySelector('img')!.getAttribute('src')).toBe('/l.jpg');
    expect(largestCandidate('/a.jpg 1x, /b.jpg 2x')).toBe('/b.jpg');
  });

  it('turns AMP images into plain images, or keeps the one AMP rendered', () => {
    const body = fixed(
      '<figure><amp-img src="/otter.jpg" width="1200" height="800" alt="An otter" layout="responsive"></amp-img></figure>' +
        '<amp-img src="/a.jpg"><img src="/a-rendered.jpg" alt="rendered"></amp-img>',
    );
    const images = Array.from(body.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual(['/otter.jpg', '/a-rendered.jpg']);
    expect(images[0]!.getAttribute('alt')).toBe('An otter');
    expect(images[0]!.hasAttribute('layout')).toBe(false);
    expect(body.querySelector('amp-img')).toBeNull();
  });

  it('makes <picture> sources real', () => {
    const body = fixed(
      '<picture><source data-srcset="/w.webp 1x" type="image/webp"><img data-src="/f.jpg"></picture>',
    );
    expect(body.querySelector('source')!.getAttribute('srcset')).toBe('/w.webp 1x');
    expect(body.querySelector('img')!.getAttribute('src')).toBe('/f.jpg');
  });

  it('unwraps a <noscript> image in place of its placeholder', () => {
    const body = fixed(
      '<figure><img src="/blank.gif" class="lazy"><noscript><img src="/photo.jpg" alt="A photo"></noscript><figcaption>Caption</figcaption></figure>',
    );
    expect(body.querySelectorAll('img')).toHaveLength(1);
    expect(body.querySelector('img')!.getAttribute('src')).toBe('/photo.jpg');
    expect(body.querySelector('noscript')).toBeNull();
    expect(body.querySelector('figcaption')!.textContent).toBe('Caption');
  });

  it('reads a <noscript> whose content is text (a page parsed with scripting on)', () => {
    const body = fixed('<div><noscript><img src="/n.jpg" alt="N"></noscript></div>', true);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('/n.jpg');
  });

  it('leaves a real image and its <noscript> twin alone', () => {
    const body = fixed(
      '<div><img src="/real.jpg"><noscript><img src="/real.jpg"></noscript></div>',
    );
    expect(body.querySelectorAll('img')[0]!.getAttribute('src')).toBe('/real.jpg');
  });

  it('makes the images it unwraps real too (AMP, <noscript> text, <noscript> elements)', () => {
    const amp = fixed('<amp-img srcset="/amp-s.jpg 400w, /amp-l.jpg 900w" alt="A"></amp-img>');
    expect(amp.querySelector('img')!.getAttribute('src')).toBe('/amp-l.jpg');
    const text = fixed(
      '<div><noscript><img src="/n.jpg" data-srcset="/n-1.jpg 1x, /n-2.jpg 2x"></noscript></div>',
      true,
    );
    expect(text.querySelector('img')!.getAttribute('srcset')).toBe('/n-1.jpg 1x, /n-2.jpg 2x');
    const element = fixed(
      '<p><img src="/blank.gif"><noscript><img src="/e.jpg" data-srcset="/e-2.jpg 2x"></noscript></p>',
    );
    expect(element.querySelectorAll('img')).toHaveLength(1);
    expect(element.querySelector('img')!.getAttribute('srcset')).toBe('/e-2.jpg 2x');
  });
});
