import { describe, expect, it } from 'vitest';
import type { Removal } from '../extract/types';
import { sanitizeArticleHtml } from '../sanitize';
import { RESTORED_CLASS, restoredClassFor, restoreRemovals } from './restore-removed';

const ARTICLE = `<div id="page"><h2>The harbour</h2><p>First paragraph about the harbour.</p>
<p>Second paragraph, with <a href="https://example.com">a link</a>.</p>
<ul><li>One item</li><li>Two items</li></ul>
<p>Last paragraph.</p></div>`;

function removal(
  id: string,
  anchorText: string | null,
  html: string,
  kind: Removal['kind'] = 'newsletter',
): Removal {
  return { id, kind, text: html.replace(/<[^>]+>/g, ''), reason: 'test', html, anchorText };
}

function texts(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.body.querySelectorAll('h2, p, li, aside')).map((e) =>
    e.textContent!.trim(),
  );
}

describe('restoreRemovals', () => {
  const r0 = removal('r0', null, '<p>Get the app</p>', 'app-banner');
  const r1 = removal('r1', 'First paragraph about the harbour.', '<aside>Subscribe now</aside>');
  const r2 = removal('r2', 'Second paragraph, with a link.', '<p>Share this</p>', 'share-bar');
  const r3 = removal('r3', 'Two items', '<p>Ad</p>', 'advert');
  const all = [r0, r1, r2, r3];

  it('returns the article unchanged when nothing is put back', () => {
    expect(restoreRemovals(ARTICLE, all, new Set()).html).toBe(ARTICLE);
  });

  it('puts a block back after the block whose text matches its anchor', () => {
    const { html, unplaced } = restoreRemovals(ARTICLE, all, new Set(['r1']));
    expect(unplaced).toEqual([]);
    expect(texts(html)).toEqual([
      'The harbour',
      'First paragraph about the harbour.',
      'Subscribe now',
      'Second paragraph, with a link.',
      'One item',
      'Two items',
      'Last paragraph.',
    ]);
    expect(html).toContain(
      `<div class="${RESTORED_CLASS} ${restoredClassFor('r1')}"><aside>Subscribe now</aside></div>`,
    );
    expect(restoredClassFor('r1')).toBe('lector-restored-r1');
    expect(restoredClassFor('a b"c')).toBe('lector-restored-a_b_c');
  });

  it('matches an anchor whose text spans inline elements and whitespace', () => {
    const { html } = restoreRemovals(ARTICLE, all, new Set(['r2']));
    expect(texts(html).indexOf('Share this')).toBe(
      texts(html).indexOf('Second paragraph, with a link.') + 1,
    );
  });

  it('puts a block with a null anchor at the top, in order', () => {
    const first = removal('r0', null, '<p>A</p>');
    const second = removal('r1', null, '<p>B</p>');
    const { html } = restoreRemovals(ARTICLE, [first, second], new Set(['r0', 'r1']));
    expect(texts(html).slice(0, 3)).toEqual(['A', 'B', 'The harbour']);
  });

  it('lifts a block anchored in a list item out of the list', () => {
    const { html } = restoreRemovals(ARTICLE, all, new Set(['r3']));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const restored = doc.querySelector(`.${RESTORED_CLASS}`)!;
    expect(restored.parentElement!.localName).not.toBe('ul');
    expect(restored.previousElementSibling!.localName).toBe('ul');
  });

  it('keeps several blocks with the same anchor in their order', () => {
    const a = removal('r1', 'Last paragraph.', '<p>A</p>');
    const b = removal('r2', 'Last paragraph.', '<p>B</p>');
    const { html } = restoreRemovals(ARTICLE, [a, b], new Set(['r1', 'r2']));
    expect(texts(html).slice(-3)).toEqual(['Last paragraph.', 'A', 'B']);
  });

  it('accepts an anchor the core cut short with an ellipsis', () => {
    const cut = removal('r1', 'Second paragraph, with…', '<p>X</p>');
    const { html, unplaced } = restoreRemovals(ARTICLE, [cut], new Set(['r1']));
    expect(unplaced).toEqual([]);
    expect(texts(html).indexOf('X')).toBe(
      texts(html).indexOf('Second paragraph, with a link.') + 1,
    );
  });

  it('puts a block whose anchor is gone at the end and says so', () => {
    const lost = removal('r9', 'No such paragraph', '<p>Lost</p>');
    const { html, unplaced } = restoreRemovals(ARTICLE, [lost], new Set(['r9']));
    expect(unplaced).toEqual(['r9']);
    expect(texts(html).at(-1)).toBe('Lost');
  });

  it('skips a removal with nothing to show', () => {
    const empty = removal('r1', 'Last paragraph.', '   ');
    expect(restoreRemovals(ARTICLE, [empty], new Set(['r1'])).html).toBe(ARTICLE);
  });

  it('taking a block out again gives the article back', () => {
    const restored = restoreRemovals(ARTICLE, all, new Set(['r1', 'r2']));
    expect(restored.html).not.toBe(ARTICLE);
    expect(restoreRemovals(ARTICLE, all, new Set()).html).toBe(ARTICLE);
  });

  it('never runs what it parses, and the sanitizer still cleans the result', () => {
    const hostile = removal(
      'r1',
      'Last paragraph.',
      '<img src=x onerror="window.__pwned=1"><p>ok</p>',
    );
    const { html } = restoreRemovals(ARTICLE, [hostile], new Set(['r1']));
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    const clean = sanitizeArticleHtml(html, window);
    expect(clean).not.toContain('onerror');
    expect(clean).toContain(`class="${RESTORED_CLASS} ${restoredClassFor('r1')}"`);
  });
});
