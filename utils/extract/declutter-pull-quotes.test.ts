import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isPullQuoteCandidate, pullQuoteClues, repeatsStory } from './declutter-pull-quotes';

const PROSE = [
  'The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive.',
  '“The quay is the heart of this town, and it always will be,” said Mayor Ann Berg, to loud applause from the hall.',
  'Work starts in May. The fishermen, who lost two boats to the storms of last year, asked for the work to be finished by September.',
  'The harbour master said the new wall would be a metre higher than the old one and would take the swell from the north-east.',
].map((text) => `<p>${text}</p>`);

function story(quote: string): Document {
  return new JSDOM(
    `<body><article><h1>Harbour plan passes</h1>${PROSE.slice(0, 2).join('')}${quote}${PROSE.slice(2).join('')}</article></body>`,
  ).window.document;
}

function pullQuotes(doc: Document): string[] {
  const candidates = [...doc.body.querySelectorAll('*')].filter(isPullQuoteCandidate);
  return pullQuoteClues(candidates, [], doc.querySelector('p')).map((clue) =>
    clue.element.textContent!.trim(),
  );
}

describe('pull quotes', () => {
  it('finds a quote whose words the story already holds, in any of the usual wrappers', () => {
    for (const quote of [
      '<aside class="pq"><p>“The quay is the heart of this town, and it always will be.”</p></aside>',
      '<blockquote>The quay is the heart of this town, and it always will be.</blockquote>',
      '<figure><blockquote><p>The quay is the heart of this town.</p><cite>Mayor Ann Berg</cite></blockquote></figure>',
      '<figure><blockquote><p>The quay is the heart of this town</p></blockquote><figcaption>— Ann Berg</figcaption></figure>',
    ]) {
      const found = pullQuotes(story(quote));
      expect(found, quote).toHaveLength(1);
      expect(found[0]).toContain('The quay is the heart of this town');
    }
  });

  it('finds a short one in a script written without spaces', () => {
    const doc = new JSDOM(
      `<body><article><p>${'港口的重建工作将于五月开始，渔民们希望在九月前完工。'.repeat(8)}</p><p>市长说：“码头是这座城市的心脏，永远都是。”</p><aside><p>码头是这座城市的心脏</p></aside><p>${'新的防波堤将比旧的高出一米。'.repeat(8)}</p></article></body>`,
    ).window.document;
    expect(pullQuotes(doc)).toEqual(['码头是这座城市的心脏']);
  });

  it('takes the outer wrapper, not the quote inside it', () => {
    const doc = story(
      '<figure class="x"><blockquote><p>The quay is the heart of this town.</p></blockquote></figure>',
    );
    const candidates = [...doc.body.querySelectorAll('*')].filter(isPullQuoteCandidate);
    expect(candidates.map((element) => element.localName)).toEqual(['figure']);
  });

  it('leaves real quotations, embedded posts and figures alone', () => {
    for (const quote of [
      // A statement quoted in full: its words are not in the prose.
      '<blockquote><p>From 14 October the route will be served by the supply boat only. We thank the islanders for their patience.</p></blockquote>',
      // An embedded post repeating the mayor: it links to its source.
      '<blockquote class="post"><p>The quay is the heart of this town, and it always will be.</p><a href="https://social.test/annberg/1">May 3</a></blockquote>',
      // A photo whose caption repeats a line.
      '<figure><img src="q.jpg" alt=""><figcaption>The quay is the heart of this town, and it always will be.</figcaption></figure>',
      // A quote sharing only a few words with the prose.
      '<blockquote><p>The quay is where my grandfather mended his nets every winter.</p></blockquote>',
    ]) {
      expect(pullQuotes(story(quote)), quote).toEqual([]);
    }
  });

  it('looks only where the story is: a reply quoting another comment is not a pull quote', () => {
    const comment = (text: string) => `<li><p>${text}</p></li>`;
    const doc = new JSDOM(
      `<body><article><h1>Harbour plan passes</h1>${PROSE.join('')}</article><ol class="replies">${comment(
        'I grew up on that quay and I have never seen the harbour in such a poor state as it is now.',
      )}${comment(
        '<blockquote>I have never seen the harbour in such a poor state as it is now.</blockquote> Nor have I, and I have lived here for fifty years and more, through every storm.',
      )}${comment('The wall should have been rebuilt ten years ago; the council knew it then and did nothing about it at all.').repeat(3)}</ol></body>`,
    ).window.document;
    expect(pullQuotes(doc)).toEqual([]);
  });

  it('skips a quote that holds the headline or the story’s opening', () => {
    const doc = story(
      '<aside><p>The quay is the heart of this town, and it always will be.</p></aside>',
    );
    const aside = doc.querySelector('aside')!;
    expect(pullQuoteClues([aside], [aside.firstElementChild!], null)).toEqual([]);
  });
});

describe('repeatsStory', () => {
  const prose =
    '“The quay is the heart of this town, and it always will be,” said Mayor Ann Berg at the end of the meeting.';

  it('reads past quote marks, punctuation and case', () => {
    expect(
      repeatsStory('"THE QUAY IS THE HEART OF THIS TOWN — and it always will be!"', prose),
    ).toBe(true);
  });

  it('allows an editor’s cut and insertion', () => {
    expect(repeatsStory('The quay is the heart … and it always will be', prose)).toBe(true);
    expect(
      repeatsStory('[The harbour] is the heart of this town, and it always will be', prose),
    ).toBe(true);
  });

  it('works for scripts written without spaces', () => {
    expect(repeatsStory('码头是这座城市的心脏', '市长说：“码头是这座城市的心脏，永远都是。”')).toBe(
      true,
    );
  });

  it('wants nearly all of the quote, and more than a few letters', () => {
    expect(repeatsStory('The quay is the heart of a very different town altogether', prose)).toBe(
      false,
    );
    expect(repeatsStory('The quay', prose)).toBe(false);
  });
});
