import { zipSync, type Zippable } from 'fflate';
import type { DomWindow } from '../../../sanitize';
import type { SavedArticle } from '../../types';
import { escapeMarkup } from '../text-escape';
import { articleXhtml } from './xhtml';

export interface EpubOptions {
  /** The book's title; by default "Lector: <first title>" or the number of articles. */
  title?: string;
  /** Epoch ms, for dcterms:modified and the identifier. */
  now: number;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** Quiet typography that e-readers may override; no fonts, nothing remote. */
const STYLE = `body { line-height: 1.5; }
header { margin-bottom: 2em; }
.credit, .source { font-size: 0.9em; color: #555; }
.source a { word-break: break-all; }
img { max-width: 100%; }
pre { white-space: pre-wrap; }
`;

const fileOf = (index: number) => `article-${String(index + 1).padStart(4, '0')}.xhtml`;

function packageDocument(articles: SavedArticle[], title: string, options: EpubOptions): string {
  const modified = new Date(options.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const language = articles.find((a) => a.lang)?.lang ?? 'en';
  const items = articles
    .map(
      (_, i) => `    <item id="a${i + 1}" href="${fileOf(i)}" media-type="application/xhtml+xml"/>`,
    )
    .join('\n');
  const spine = articles.map((_, i) => `    <itemref idref="a${i + 1}"/>`).join('\n');
  const authors = Array.from(new Set(articles.flatMap((a) => (a.byline ? [a.byline] : [])))).slice(
    0,
    20,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">urn:lector:${options.now}-${articles.length}</dc:identifier>
    <dc:title>${escapeMarkup(title)}</dc:title>
    <dc:language>${escapeMarkup(language)}</dc:language>
${authors.map((name) => `    <dc:creator>${escapeMarkup(name)}</dc:creator>`).join('\n')}
    <dc:publisher>Lector</dc:publisher>
    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="style" href="style.css" media-type="text/css"/>
${items}
  </manifest>
  <spine>
    <itemref idref="nav" linear="no"/>
${spine}
  </spine>
</package>
`;
}

function navDocument(articles: SavedArticle[], title: string): string {
  const entries = articles
    .map((a, i) => `      <li><a href="${fileOf(i)}">${escapeMarkup(a.title || a.url)}</a></li>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head><title>${escapeMarkup(title)}</title><link rel="stylesheet" href="style.css"/></head>
<body>
  <nav epub:type="toc" id="toc">
    <h1>${escapeMarkup(title)}</h1>
    <ol>
${entries}
    </ol>
  </nav>
</body>
</html>
`;
}

/**
 * An EPUB 3 book of the chosen articles, in the order given: `mimetype` first and stored
 * uncompressed (the OCF rule that lets readers sniff the type), container.xml, the package
 * document, a navigation document, one XHTML file per article.
 */
export function exportEpub(
  articles: SavedArticle[],
  win: DomWindow,
  options: EpubOptions,
): Uint8Array {
  const title =
    options.title ??
    (articles.length === 1 ? articles[0]!.title : `Lector: ${articles.length} articles`);
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Zippable = {
    mimetype: [encode('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': encode(CONTAINER),
    'OEBPS/content.opf': encode(packageDocument(articles, title, options)),
    'OEBPS/nav.xhtml': encode(navDocument(articles, title)),
    'OEBPS/style.css': encode(STYLE),
  };
  articles.forEach((article, i) => {
    files[`OEBPS/${fileOf(i)}`] = encode(articleXhtml(article, win));
  });
  return zipSync(files, { level: 6 });
}
