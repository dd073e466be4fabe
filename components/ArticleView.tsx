import type { Ref } from 'preact';
import type { ReadResult } from '../utils/extract/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticlePagesNav } from './ArticlePages';
import { inArticleTarget } from '../utils/reader/in-article-link';
import { isPlainClick } from '../utils/reader/plain-click';
import { prefersReducedMotion } from '../utils/reader/reduced-motion';

interface ArticleViewProps {
  result: ReadResult;
  /** The article HTML to show (the content, with any removed blocks put back). */
  html: string;
  titleRef?: Ref<HTMLHeadingElement>;
  bodyRef?: Ref<HTMLDivElement>;
  /** Go to another page of a story split over pages, in this tab (see ArticlePagesNav). */
  onOpenPage?: (url: string) => void;
}

/**
 * The article itself, header then body, in the page's language and direction (an RTL page reads
 * right to left here too), and where it goes on when the site split it over pages; appears when
 * an article is read.
 */
export function ArticleView({ result, html, titleRef, bodyRef, onOpenPage }: ArticleViewProps) {
  // A footnote mark or "see below" goes to its place in the reader (in-article-link.ts), not to
  // the original page in a new tab.
  const followInArticle = (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    const link = (event.target as Element | null)?.closest?.('.article-body a[href]');
    const body = link?.closest('.article-body');
    if (!link || !body) return;
    const target = inArticleTarget(
      (link as HTMLAnchorElement).href,
      [result.url, result.canonicalUrl],
      body,
    );
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // Focus follows, so the keyboard and a screen reader go on from there.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    (target as HTMLElement).focus({ preventScroll: true });
  };
  return (
    <article
      class="reader-article"
      lang={result.lang ?? undefined}
      dir={result.dir}
      data-testid="reader-article"
      onClick={followInArticle}
    >
      <ArticleHeader result={result} titleRef={titleRef} />
      <ArticleBody html={html} containerRef={bodyRef} />
      {result.pages && <ArticlePagesNav pages={result.pages} onOpenPage={onOpenPage} />}
    </article>
  );
}
