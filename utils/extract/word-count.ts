/**
 * Script-aware word count and reading time. Chinese, Japanese and Thai write no spaces between
 * words, so counting space-separated runs would call a whole Chinese paragraph one word:
 * `Intl.Segmenter` finds the words where it exists; otherwise each Han/Kana/Hangul character
 * counts as one word-like unit, which is close to how those languages are timed.
 */

/** Characters of scripts read character by character (Han, Hiragana, Katakana, Hangul, Thai…). */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const DENSE_SCRIPT_GLOBAL =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const WORD_RUN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

/** Typical silent reading speeds: words per minute, and characters per minute for dense scripts. */
const WORDS_PER_MINUTE = 230;
const DENSE_CHARACTERS_PER_MINUTE = 500;

interface SegmenterLike {
  segment(text: string): Iterable<{ isWordLike?: boolean }>;
}

function makeSegmenter(): SegmenterLike | null {
  const Segmenter = (Intl as unknown as { Segmenter?: new (...args: unknown[]) => SegmenterLike })
    .Segmenter;
  if (typeof Segmenter !== 'function') return null;
  try {
    return new Segmenter(undefined, { granularity: 'word' });
  } catch {
    return null;
  }
}

let cachedSegmenter: SegmenterLike | null | undefined;
function segmenter(): SegmenterLike | null {
  if (cachedSegmenter === undefined) cachedSegmenter = makeSegmenter();
  return cachedSegmenter;
}

/** Words without a segmenter: space-separated runs, plus one per dense-script character. */
export function countWordsWithoutSegmenter(text: string): number {
  const dense = text.match(DENSE_SCRIPT_GLOBAL)?.length ?? 0;
  const rest = text.replace(DENSE_SCRIPT_GLOBAL, ' ');
  return dense + (rest.match(WORD_RUN)?.length ?? 0);
}

export function countWords(text: string): number {
  // The segmenter is slow and only needed where words are not separated by spaces.
  if (!DENSE_SCRIPT.test(text)) return countWordsWithoutSegmenter(text);
  const words = segmenter();
  if (!words) return countWordsWithoutSegmenter(text);
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** Whole minutes, at least 1 for any text: dense scripts by characters, others by words. */
export function readingMinutes(text: string): number {
  if (!/[\p{L}\p{N}]/u.test(text)) return 0;
  const denseCharacters = DENSE_SCRIPT.test(text)
    ? (text.match(DENSE_SCRIPT_GLOBAL)?.length ?? 0)
    : 0;
  const otherWords = countWordsWithoutSegmenter(text.replace(DENSE_SCRIPT_GLOBAL, ' '));
  return minutesFor(denseCharacters, otherWords);
}

/** Whole minutes, at least 1, for this many dense-script characters and other words. */
function minutesFor(denseCharacters: number, otherWords: number): number {
  const minutes = denseCharacters / DENSE_CHARACTERS_PER_MINUTE + otherWords / WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}

/**
 * countWords and readingMinutes together. Most pages are in scripts with spaces between words,
 * where both are the same count of word runs: counted once here (the reading core asks both of
 * every article, and each pass over a long text is a few regular-expression scans).
 */
export function wordsAndMinutes(text: string): { wordCount: number; readingMinutes: number } {
  if (DENSE_SCRIPT.test(text)) {
    return { wordCount: countWords(text), readingMinutes: readingMinutes(text) };
  }
  const words = text.match(WORD_RUN)?.length ?? 0;
  return {
    wordCount: words,
    readingMinutes: words === 0 ? 0 : minutesFor(0, words),
  };
}
