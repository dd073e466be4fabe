/**
 * The corpus scoring rule, exactly as ../shared/corpus/<set>/README.md ("Scoring rule") states it:
 * `\w+` word tokens (no lowercasing), multisets of 4-token shingles, per-page precision / recall,
 * macro-averaged (precision only over non-empty extractions, recall over all pages), F1 as the
 * harmonic mean of the two averages, accuracy as exact token-sequence equality.
 */

/**
 * Python's `re.findall(r"\w+")` on str: letters (L*), numbers (Nd, Nl, No) and `_`. Combining
 * marks are not word characters there either, so they split tokens the same way here.
 */
const WORD_TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(WORD_TOKEN) ?? [];
}

/** The multiset of shingles; a text with 1–3 tokens gives one short shingle, none gives none. */
export function shingles(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const windows = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let start = 0; start < windows; start++) {
    // U+0001 cannot occur inside a token, so joined shingles never collide.
    const key = tokens.slice(start, start + SHINGLE_SIZE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  /** The extraction had at least one token (precision is averaged only over these pages). */
  nonEmpty: boolean;
  /** The whole token sequence equals the label's. */
  exact: boolean;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

export function scorePage(extracted: string, label: string): PageScore {
  const gotTokens = tokenize(extracted);
  const wantTokens = tokenize(label);
  const got = shingles(gotTokens);
  const want = shingles(wantTokens);
  let shared = 0;
  for (const [key, n] of got) shared += Math.min(n, want.get(key) ?? 0);
  const gotTotal = total(got);
  const wantTotal = total(want);
  // "Both are 1 when there is nothing extra and nothing missing."
  const precision = gotTotal === 0 ? (wantTotal === 0 ? 1 : 0) : shared / gotTotal;
  const recall = wantTotal === 0 ? (gotTotal === 0 ? 1 : 0) : shared / wantTotal;
  return {
    precision,
    recall,
    f1: harmonicMean(precision, recall),
    nonEmpty: gotTokens.length > 0,
    exact: gotTokens.length === wantTokens.length && gotTokens.every((t, i) => t === wantTokens[i]),
  };
}

export function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

export interface SetScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Pages where the extraction was empty or failed. */
  empty: number;
}

export function aggregate(scores: readonly PageScore[]): SetScore {
  const nonEmpty = scores.filter((s) => s.nonEmpty);
  const mean = (values: readonly number[]): number =>
    values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
  // An empty or failed extraction does not count against precision, but counts 0 for recall.
  const precision = mean(nonEmpty.map((s) => s.precision));
  const recall = mean(scores.map((s) => (s.nonEmpty ? s.recall : 0)));
  return {
    pages: scores.length,
    precision,
    recall,
    f1: harmonicMean(precision, recall),
    accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))),
    empty: scores.length - nonEmpty.length,
  };
}

/** A title as compared with its label: case, spacing, Unicode forms and quote styles aside. */
function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether an extracted title says exactly what the labelled one does. */
export function titleMatches(extracted: string, label: string): boolean {
  return titleKey(extracted) === titleKey(label) && titleKey(label) !== '';
}
