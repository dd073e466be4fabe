import type { Ref } from 'preact';
import type { ReadResult } from '../utils/extract/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { ArticlePagesNav } from './ArticlePages';

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
  return (
    <article
      class="reader-article"
      lang={result.lang ?? undefined}
      dir={result.dir}
      data-testid="reader-article"
    >
      <ArticleHeader result={result} titleRef={titleRef} />
      <ArticleBody html={html} containerRef={bodyRef} />
      {result.pages && <ArticlePagesNav pages={result.pages} onOpenPage={onOpenPage} />}
    </article>
  );
}
