/**
 * What a URL's shape says about the page behind it, as detection reasons. Used by detection (is
 * this page an article?) and by related-article collection (is this link a story?). The shape
 * itself is url-kind.ts's; this adds section fronts, told by a word list.
 */
import type { DetectionReason } from './detect-reasons.ts';
import { parseHttpUrl, pathSegments, urlKind, type UrlKind } from './url-kind.ts';

export { parseHttpUrl, type UrlKind };

export interface UrlShape {
  kind: UrlKind;
  /** What the kind was judged from, as detection reasons (`url-date`, `url-home`, …). */
  evidence: DetectionReason[];
}

// Common section fronts. A word list is a weak signal (a blog may file a post as /world/), so it
// only lowers the score; it never decides alone.
const SECTION_WORD =
  /^(news|world|us|uk|europe|asia|africa|americas|politics|business|economy|money|markets|tech(nology)?|science|health|sports?|football|culture|arts|entertainment|lifestyle|travel|food|opinions?|climate|local|national|latest|live|videos?|weather|noticias|mundo|politica|economia|deportes|cultura|nachrichten|politik|wirtschaft|kultur|monde|wiadomosci|novosti)$/i;

/** Classify a page URL. Unparseable or non-http(s) URLs are `unknown` with no evidence. */
export function classifyUrl(url: string | URL | null | undefined): UrlShape {
  const parsed = url instanceof URL ? url : parseHttpUrl(url);
  if (!parsed) return { kind: 'unknown', evidence: [] };
  const [kind, ...evidence] = urlKind(parsed);
  if (kind === 'article') return { kind, evidence: evidence.map((code) => ({ code })) };
  if (kind === 'unknown') return { kind, evidence: [] };
  if (kind === 'short-path' && pathSegments(parsed).some((word) => SECTION_WORD.test(word))) {
    return { kind: 'section', evidence: [{ code: 'url-section', value: parsed.pathname }] };
  }
  return { kind, evidence: [{ code: `url-${kind}` }] };
}
