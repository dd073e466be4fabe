import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { blockText, blockTextStart, normalizeText, snippet } from './text';

function body(html: string): HTMLElement {
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

describe('blockText', () => {
  it('puts each block on its own line, where textContent runs them together', () => {
    const element = body(
      '<h2>Heading</h2><p>One.</p><p>Two <b>bold</b> words.</p><ul><li>a</li><li>b</li></ul>',
    );
    expect(element.textContent).toContain('One.Two');
    expect(blockText(element)).toBe('Heading\nOne.\nTwo bold words.\na\nb');
  });

  it('separates figure captions and table rows, and cells within a row', () => {
    const element = body(
      '<figure><img src="x.jpg"><figcaption>A caption</figcaption></figure><table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table>',
    );
    expect(blockText(element)).toBe('A caption\nName Age\nAnn 31');
  });

  it('breaks lines at <br>, collapses whitespace, drops empty lines and scripts', () => {
    const element = body(
      '<p>line one<br>line\n   two</p><div>  </div><script>var x = 1;</script><p>end</p>',
    );
    expect(blockText(element)).toBe('line one\nline two\nend');
  });

  it('keeps the lines of a code block', () => {
    const element = body('<pre><code>const a = 1;\nconst b = 2;</code></pre>');
    expect(blockText(element)).toBe('const a = 1;\nconst b = 2;');
  });

  it('does not overflow the stack on a 2,000-deep tree', () => {
    const element = body(`${'<span>'.repeat(2_000)}deep${'</span>'.repeat(2_000)}`);
    expect(blockText(element)).toBe('deep');
  });
});

describe('snippet and normalizeText', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(60);
    const cut = snippet(text, 120);
    expect(cut.length).toBeLessThanOrEqual(121);
    expect(cut.endsWith('word…')).toBe(true);
    expect(snippet('  short   text ')).toBe('short text');
  });

  it('collapses whitespace', () => {
    expect(normalizeText('  a\n\t b  ')).toBe('a b');
  });
});

describe('blockTextStart', () => {
  // Short pieces of text, blank and zero-width ones among them, in blocks, cells, <pre> and <br>.
  const piece = fc.constantFrom(
    'word ', 'Second sentence here. ', '  ', '\n\t', '\u200b', '\u00a0', 'x', '長い文章',
  ); // prettier-ignore
  const markup: fc.Memo<string> = fc.memo((depth) =>
    fc.oneof(
      piece,
      fc.constant('<br>'),
      depth > 1
        ? fc
            .tuple(
              fc.constantFrom('p', 'div', 'span', 'td', 'pre', 'li', 'script', 'b'),
              fc.array(markup(depth - 1), { maxLength: 6 }),
            )
            .map(([tag, inner]) => `<${tag}>${inner.join('')}</${tag}>`)
        : piece,
    ),
  );

  it('gives the snippet the whole block text gives', () => {
    fc.assert(
      fc.property(
        fc.array(markup(4), { maxLength: 12 }),
        fc.integer({ min: 1, max: 60 }),
        (parts, max) => {
          const root = body(parts.join(''));
          const start = blockTextStart(root, max + 1);
          expect(snippet(start, max)).toBe(snippet(blockText(root), max));
          expect(blockText(root).startsWith(start) || start === blockText(root)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
