import { describe, expect, it } from 'vitest';
import { collectSpeechSegments, firstVisibleSegment } from './speech-segments';

function article(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('collectSpeechSegments', () => {
  it('reads paragraphs, headings and list items sentence by sentence', () => {
    const root = article(
      '<h2>Title here</h2><p>One. <em>Two</em> is here.</p><ul><li><p>Item one.</p></li><li>Item two.</li></ul>',
    );
    const segments = collectSpeechSegments([root], 'en');
    expect(segments.map((s) => s.text)).toEqual([
      'Title here',
      'One.',
      'Two is here.',
      'Item one.',
      'Item two.',
    ]);
  });

  it('gives each sentence a range over exactly its text, across inline elements', () => {
    const root = article('<p>First sentence. Second <a href="https://e.com">linked</a> one.</p>');
    const [first, second] = collectSpeechSegments([root], 'en');
    expect(first!.range.toString()).toBe('First sentence.');
    expect(second!.range.toString()).toBe('Second linked one.');
    expect(second!.block.localName).toBe('p');
  });

  it('skips code, hidden blocks and empty blocks, and leaves the DOM untouched', () => {
    const html =
      '<p>Read me.</p><pre><code>const x = 1;</code></pre><p hidden>Hidden.</p><p>  </p><p>Code <code>x</code> inline.</p>';
    const root = article(html);
    const before = root.innerHTML;
    const segments = collectSpeechSegments([root], 'en');
    expect(segments.map((s) => s.text)).toEqual(['Read me.', 'Code x inline.']);
    expect(root.innerHTML).toBe(before);
  });

  it('reads several roots in order (the title, then the body)', () => {
    const root = article('<h1 id="t">The title</h1><div id="b"><p>Body.</p></div>');
    const segments = collectSpeechSegments(
      [root.querySelector('#t')!, root.querySelector('#b')!],
      'en',
    );
    expect(segments.map((s) => s.text)).toEqual(['The title', 'Body.']);
  });
});

describe('firstVisibleSegment', () => {
  it('starts at the first block whose bottom is below the top edge', () => {
    const root = article('<p>A.</p><p>B.</p><p>C.</p>');
    const segments = collectSpeechSegments([root], 'en');
    const bottoms = [10, 120, 400];
    segments.forEach((segment, i) => {
      segment.block.getBoundingClientRect = () => ({ bottom: bottoms[i] }) as DOMRect;
    });
    expect(firstVisibleSegment(segments, 100)).toBe(1);
    expect(firstVisibleSegment(segments, 0)).toBe(0);
    expect(firstVisibleSegment(segments, 1000)).toBe(0);
  });
});
