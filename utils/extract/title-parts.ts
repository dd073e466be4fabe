/**
 * The parts of a page's declared title, for pages whose <title> wraps the headline in the site's
 * name, its section and more ("ΤΟ ΒΗΜΑ - Οι κυρίες του τσαγιού - υγεία + fitness",
 * "龙票猛涨切忌盲目追高_中外邮票_新浪收藏_新浪网"). Which run of parts is the headline is not
 * decided here: it is the longest one the page itself shows as a line (page-title.ts chooseTitle).
 */

/**
 * Wider than the separators stripSiteName trusts: a lone "_", a full-width colon, a hyphen
 * against Chinese text, quotation-like marks between spaces. A wrong split costs nothing, since a
 * run is taken only when the page shows exactly that text.
 */
const PART_SEPARATOR =
  /\s+[|\-–—:·»«/\\~〉]\s+|\s*(?:::|[|｜_＿：])\s*|(?<=\p{Script=Han})\s*[-－]\s*|\s*[-－]\s*(?=\p{Script=Han})/gu;

/** At most this many parts are combined: titles rarely have more, and runs grow as n². */
const MAX_PARTS = 8;

/** The parts of `title` between separators, trimmed, empty ones left out. */
export function titleParts(title: string): string[] {
  return title
    .split(PART_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Every run of consecutive parts of `title` that leaves at least one part out, longest first,
 * each as the title writes it ("A - B - C": "A - B", "B - C", "A", "B", "C"). Empty when the
 * title has one part only.
 */
export function titleRuns(title: string): string[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of title.matchAll(PART_SEPARATOR)) {
    if (match.index > start) parts.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < title.length) parts.push({ start, end: title.length });
  if (parts.length < 2 || parts.length > MAX_PARTS) return [];
  const runs: string[] = [];
  for (let size = parts.length - 1; size >= 1; size--) {
    for (let first = 0; first + size <= parts.length; first++) {
      const run = title.slice(parts[first]!.start, parts[first + size - 1]!.end).trim();
      if (run) runs.push(run);
    }
  }
  return runs;
}
