/** Characters that `\s` matches in JavaScript: they collapse to one space between words. */
function isSpace(code: number): boolean {
  // Tested in order of code point: the characters of most scripts are answered by one range test.
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return code === 0xa0;
  if (code < 0x2000) return code === 0x1680;
  if (code <= 0x200a) return true;
  if (code >= 0x3000) return code === 0x3000 || code === 0xfeff;
  return code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/** Weight of one character: Han and kana ×3, Hangul ×2, everything else ×1. */
function weightOf(code: number): number {
  if (code < 0x3040) return 1;
  if (code <= 0x30ff) return 3; // hiragana, katakana
  if (code >= 0x3400 && code <= 0x4dbf) return 3; // Han extension A
  if (code >= 0x4e00 && code <= 0x9fff) return 3; // Han
  if (code >= 0xac00 && code <= 0xd7af) return 2; // Hangul syllables
  if (code >= 0xf900 && code <= 0xfaff) return 3; // Han compatibility
  return 1;
}

/**
 * Length of `text` with whitespace collapsed and trimmed, a Han or kana character counted as
 * three Latin ones and a Hangul syllable as two: a 40-character Chinese paragraph says about as
 * much as a 120-character English one, and Readability's 140-character threshold misses it.
 *
 * One loop over the characters, no regular expressions: detection calls this on every paragraph
 * candidate of every page auto mode looks at.
 */
export function weightedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace) {
      length += 1;
      pendingSpace = false;
    }
    length += weightOf(code);
  }
  return length;
}

/** Text with whitespace collapsed, for comparing blocks. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs of what `\s` matches: the same characters as isSpace. */
const SPACE_RUN = /\s+/g;

/**
 * `normalizeText(text).length`, counted without building the two strings (this runs on every
 * text node of the page, once per read): the characters that are not spaces, plus one for each
 * run of spaces between two of them. The regular expression finds the runs in about half the
 * time of a loop over the characters (V8, corpus text nodes).
 */
export function collapsedLength(text: string): number {
  let spaces = 0;
  let runs = 0;
  SPACE_RUN.lastIndex = 0;
  for (let run = SPACE_RUN.exec(text); run; run = SPACE_RUN.exec(text)) {
    spaces += run[0].length;
    runs++;
  }
  if (runs === 0) return text.length;
  const visible = text.length - spaces;
  if (visible === 0) return 0;
  // Runs at either end collapse to nothing; the others to one space each.
  const edges =
    (isSpace(text.charCodeAt(0)) ? 1 : 0) + (isSpace(text.charCodeAt(text.length - 1)) ? 1 : 0);
  return visible + runs - edges;
}

/**
 * weightedLength in fewer bytes, for auto mode's detection script (5 KB), where size counts for
 * more than speed: the collapsed length, plus two for each Han or kana character and one for
 * each Hangul syllable. `\s` and `trim()` know the same spaces isSpace does.
 */
export const weightedLengthSmall = (text: string): number =>
  text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g, 'abc')
    .replace(/[\uac00-\ud7af]/g, 'ab').length;
