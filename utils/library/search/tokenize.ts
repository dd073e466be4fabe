/**
 * Tokens for the full-text index, the same for the text indexed and the query typed.
 *
 * - Words are runs of letters, digits and combining marks (so "café" written with a combining
 *   accent stays one word until the accent is folded away below).
 * - Chinese and Japanese do not put spaces between words, and a dictionary segmenter is too heavy
 *   for an extension: their runs become overlapping bigrams ("阅读列表" → 阅读 读列 列表), the usual
 *   trick of search engines for CJK. A single character stays a token of its own. A query then
 *   matches wherever its bigrams occur; with prefix search a one-character query finds every
 *   bigram that starts with it. Korean writes spaces between words and stays word-based.
 * - Terms are folded: compatibility forms (full-width "ＡＢＣ" → "abc"), accents removed ("é" → "e",
 *   "İstanbul" → "istanbul", Arabic vowel marks), lower case. So "resume" finds "Résumé".
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+/u;
const CJK_SPLIT = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]+)/u;

export function cjkBigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length <= 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    if (!CJK_RUN.test(word)) {
      tokens.push(word);
      continue;
    }
    // Split "iPhone用の説明" into "iPhone" and the CJK run; each part tokenised its own way.
    for (const part of word.split(CJK_SPLIT)) {
      if (!part) continue;
      if (CJK_RUN.test(part)) tokens.push(...cjkBigrams(part));
      else tokens.push(part);
    }
  }
  return tokens;
}

/**
 * Accents are folded only where they are accents: after Latin, Greek and Cyrillic letters, and
 * Arabic and Hebrew vowel points. Elsewhere a mark is part of the letter (Japanese dakuten, が is
 * not か; Devanagari vowel signs), so it is recomposed (NFC) and kept.
 */
const FOLDABLE_MARKS =
  /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*)\p{M}|[\u064B-\u065F\u0670\u0591-\u05C7]/gu;

/**
 * CJK terms are stored as hex code points behind a marker ("阅读" → "~0963a08bfb"). MiniSearch's
 * radix tree scans a node's children one by one, and raw CJK terms give the root thousands of
 * children (one per character): indexing a list with Chinese articles took seconds per hundred
 * articles. In hex every node has at most 16 children; prefixes still work, since a character's
 * code is a prefix of every bigram that starts with it.
 */
const CJK_MARKER = '~';
const HEX_WIDTH = 5;

function encodeCjk(term: string): string {
  let encoded = CJK_MARKER;
  for (const char of term) encoded += char.codePointAt(0)!.toString(16).padStart(HEX_WIDTH, '0');
  return encoded;
}

/** The text of an indexed term (for highlighting what matched). */
export function termText(term: string): string {
  if (!term.startsWith(CJK_MARKER)) return term;
  const hex = term.slice(1).match(new RegExp(`.{1,${HEX_WIDTH}}`, 'g')) ?? [];
  return hex.map((code) => String.fromCodePoint(parseInt(code, 16))).join('');
}

export function processTerm(term: string): string | null {
  if (CJK_RUN.test(term)) return encodeCjk(term.normalize('NFC'));
  // Most terms are plain ASCII: skip the Unicode normalisation for them.
  // eslint-disable-next-line no-control-regex -- an ASCII range, not control characters
  if (/^[\u0000-\u007f]*$/.test(term)) return term.toLowerCase() || null;
  const folded = term.normalize('NFKD').replace(FOLDABLE_MARKS, '').normalize('NFC').toLowerCase();
  return folded || null;
}

/** Whether a (processed) term is CJK: fuzzy matching makes no sense on those. */
export function isCjkTerm(term: string): boolean {
  return term.startsWith(CJK_MARKER) || CJK_RUN.test(term);
}
