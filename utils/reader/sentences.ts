/**
 * Sentences for text-to-speech, with `Intl.Segmenter` in the article's language (a regular
 * expression where it is missing). Speaking a sentence at a time keeps each utterance short:
 * Chrome's remote voices stop after about fifteen seconds of one utterance.
 */

export interface SentenceSpan {
  /** Offsets into the text given, end exclusive, trimmed of surrounding spaces. */
  start: number;
  end: number;
  text: string;
}

/** Longer sentences are cut at a clause boundary (or a space) to stay well under that limit. */
export const MAX_SENTENCE_LENGTH = 300;

const HAS_WORD = /[\p{L}\p{N}]/u;

function segmenterFor(lang: string | null): Intl.Segmenter | null {
  if (typeof Intl.Segmenter !== 'function') return null;
  try {
    return new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}

/** Sentence pieces without Intl.Segmenter: up to and including terminal punctuation. */
function fallbackPieces(text: string): { index: number; segment: string }[] {
  const pieces: { index: number; segment: string }[] = [];
  const pattern = /[^.!?。！？؟]*(?:[.!?。！？؟]+["'”’)\]]*|$)\s*/gu;
  for (const match of text.matchAll(pattern)) {
    if (match[0]) pieces.push({ index: match.index, segment: match[0] });
  }
  return pieces;
}

function trimmed(text: string, start: number, end: number): SentenceSpan | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const piece = text.slice(start, end);
  return HAS_WORD.test(piece) ? { start, end, text: piece } : null;
}

/** Cut an over-long span at the last clause mark or space before the limit, repeatedly. */
function cutLong(text: string, span: SentenceSpan): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_LENGTH) {
    const window = text.slice(start, start + MAX_SENTENCE_LENGTH);
    const clause = Math.max(
      ...[',', ';', ':', '—', '–', '、', '，'].map((m) => window.lastIndexOf(m)),
    );
    const space = window.lastIndexOf(' ');
    const at = clause > MAX_SENTENCE_LENGTH / 3 ? clause + 1 : space > 0 ? space : window.length;
    const piece = trimmed(text, start, start + at);
    if (piece) result.push(piece);
    start += at;
  }
  const rest = trimmed(text, start, span.end);
  if (rest) result.push(rest);
  return result;
}

/** The sentences of `text`, in order, with their offsets. */
export function splitSentences(text: string, lang: string | null): SentenceSpan[] {
  const segmenter = segmenterFor(lang);
  const pieces = segmenter ? Array.from(segmenter.segment(text)) : fallbackPieces(text);
  const spans: SentenceSpan[] = [];
  for (const piece of pieces) {
    const span = trimmed(text, piece.index, piece.index + piece.segment.length);
    if (span) spans.push(...cutLong(text, span));
  }
  return spans;
}
