import type { Ref } from 'preact';
import type { ReadResult } from '../utils/extract/types';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';

interface ArticleViewProps {
  result: ReadResult;
  /** The article HTML to show (the content, with any removed blocks put back). */
  html: string;
  titleRef?: Ref<HTMLHeadingElement>;
  bodyRef?: Ref<HTMLDivElement>;
}

/**
 * The article itself, header then body, in the page's language and direction (an RTL page reads
 * right to left here too); appears when an article is read.
 */
export function ArticleView({ result, html, titleRef, bodyRef }: ArticleViewProps) {
  return (
    <article
      class="reader-article"
      lang={result.lang ?? undefined}
      dir={result.dir}
      data-testid="reader-article"
    >
      <ArticleHeader result={result} titleRef={titleRef} />
      <ArticleBody html={html} containerRef={bodyRef} />
    </article>
  );
}
