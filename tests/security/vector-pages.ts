import { JSDOM, VirtualConsole } from 'jsdom';
import { TEXT_FIELDS, type Placement, type Vector } from './vectors/index.ts';

/**
 * The XSS gate's pages: article pages that carry many vectors each, built so that the oracle
 * stays sound. Two kinds:
 * - "live" pages hold vectors as live markup and are served with a CSP that lets the page run no
 *   script and load nothing from elsewhere, so nothing the page does on its own can reach the
 *   oracle; whatever calls it was done by Lector.
 * - "inert" pages have no CSP and hold vectors only where the page itself does not run them
 *   (text fields, escaped text, attribute values, <noscript>), so here too any call of the
 *   oracle, in the page or in the reader, is Lector's doing.
 * Each vector sits in its own section after a marker paragraph. A vector that changes how the
 * rest of the page parses (an unclosed raw-text element, foreign content), in the page or in the
 * reader's parse, goes last in its page, so it cannot change what the other vectors are; the
 * related-articles block comes before the article for the same reason.
 */

/**
 * The visited pages' own CSP on live pages (script-src 'none': the page runs nothing), in a
 * <meta> element, the first thing in <head>, so that it covers everything after it.
 */
export const LIVE_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "object-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface VectorPage {
  path: string;
  kind: 'live' | 'inert';
  html: string;
  vectors: Vector[];
  /** Vectors whose section the page's parse keeps apart (the marker paragraph is there). */
  markerIds: number[];
}

const FILLER = [
  'The committee met on a grey Tuesday morning to read the proposal line by line, and its members, who had argued for months about the cost, agreed at last on a timetable that gives every district a say before the vote.',
  'Residents who came to the hearing spoke for more than two hours, some in favour and many against, and the chair promised that each written comment would be answered in public before the plan goes any further.',
  'Engineers warned that the old pipes under the market square would not last another decade, which is why the council wants the work done in stages, street by street, so that shops can stay open throughout.',
];

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function section(vector: Vector, body: string): string {
  const filler = FILLER[vector.id % FILLER.length];
  return `<section id="s${vector.id}"><p id="m${vector.id}">Marker ${vector.id}. ${filler}</p>${body}</section>\n`;
}

function bodyOf(vector: Vector): string {
  switch (vector.placement) {
    case 'body':
      return section(vector, vector.payload);
    case 'noscript':
      return section(vector, `<noscript>${vector.payload}</noscript>`);
    case 'escaped':
      return section(vector, `<p>The page shows this code: ${escapeText(vector.payload)}</p>`);
    case 'attribute': {
      const value = escapeAttribute(vector.payload);
      return section(
        vector,
        `<figure><img src="/img/${vector.id}.png" alt="${value}" title="${value}"><figcaption>${escapeText(vector.payload)}</figcaption></figure>`,
      );
    }
    default:
      return '';
  }
}

/**
 * Does this vector leave the parser in another state for what follows? Checked as the page
 * parses it (scripting on: <noscript> is text) and as the reader's DOMParser does (scripting off).
 */
function makeLeakCheck(): (vector: Vector) => boolean {
  // The vectors are inserted with innerHTML, which runs no <script>; handlers that jsdom fires
  // call functions that do not exist here, and the virtual console swallows the errors.
  const parsers = [
    new JSDOM('<!doctype html><body>', {
      runScripts: 'dangerously',
      virtualConsole: new VirtualConsole(),
    }),
    new JSDOM('<!doctype html><body>', { virtualConsole: new VirtualConsole() }),
  ];
  return (vector) =>
    parsers.some((dom) => {
      const body = dom.window.document.body;
      body.innerHTML = `<article>${bodyOf(vector)}<p id="sentinel">s</p></article>`;
      const sentinel = dom.window.document.getElementById('sentinel');
      return sentinel?.parentElement?.localName !== 'article';
    });
}

interface TextSlots {
  title: string;
  heading: string;
  byline: string;
  siteName: string;
  excerpt: string;
  jsonLd: string;
  related: { title: string; url: string | null }[];
}

function head(slots: TextSlots, path: string, live: boolean): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: slots.heading,
    author: { '@type': 'Person', name: slots.jsonLd },
    publisher: { '@type': 'Organization', name: slots.siteName },
    description: slots.excerpt,
    datePublished: '2025-06-12T08:00:00Z',
    // "<" would end the <script> element in the page; JSON reads \u003c as "<" all the same.
  }).replace(/</g, '\\u003c');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    live ? `<meta http-equiv="Content-Security-Policy" content="${LIVE_PAGE_CSP}">` : '',
    `<title>${escapeText(slots.title)}</title>`,
    `<link rel="canonical" href="${path}">`,
    `<meta name="description" content="${escapeAttribute(slots.excerpt)}">`,
    `<meta property="og:title" content="${escapeAttribute(slots.title)}">`,
    `<meta property="og:site_name" content="${escapeAttribute(slots.siteName)}">`,
    `<meta name="author" content="${escapeAttribute(slots.byline)}">`,
    '<meta property="og:type" content="article">',
    '<meta property="article:published_time" content="2025-06-12T08:00:00Z">',
    `<script type="application/ld+json">${jsonLd}</script>`,
    '</head>',
  ].join('\n');
}

/** Ordinary headlines between the hostile ones, so that the block still reads as related links. */
const PLAIN_RELATED = [
  'Council approves the budget for new school buildings',
  'River levels fall as the rain moves east',
  'Market traders welcome the longer opening hours',
  'Night buses return to the northern routes',
];

function related(hostile: TextSlots['related']): string {
  if (hostile.length === 0) return '';
  const entries = hostile.flatMap((entry, index) => [
    entry,
    { title: PLAIN_RELATED[index % PLAIN_RELATED.length]!, url: null },
  ]);
  const items = entries
    .map(({ title, url }, index) => {
      // A URL spelling is attribute source as written (its entities are part of the trick).
      const href = url === null ? `/story/related-${index}` : url.replace(/"/g, '&quot;');
      const thumbnail = url === null ? '' : `<img src="${href}" alt="">`;
      return `<li><a href="${href}">${thumbnail}<h3>${escapeText(title)}</h3></a><span class="source">The Gate Gazette</span> <time datetime="2025-06-11">11 June 2025</time></li>`;
    })
    .join('');
  return `<aside class="related-stories"><h2>Related stories</h2><ul>${items}</ul></aside>`;
}

function page(
  slots: TextSlots,
  sections: string,
  options: { path: string; live: boolean },
): string {
  return `${head(slots, options.path, options.live)}
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/local">Local</a></nav></header>
<main>${related(slots.related)}<article>
<h1>${escapeText(slots.heading)}</h1>
<p class="byline">By <a rel="author" href="/staff/gate">${escapeText(slots.byline)}</a>, 12 June 2025</p>
${sections}
<p>${FILLER.join(' ')}</p>
</article>
</main>
<footer><p>The Gate Gazette, all rights reserved.</p></footer>
</body></html>`;
}

const DEFAULT_SLOTS = (n: number): TextSlots => ({
  title: `Gate batch ${n}: how the council read the plan`,
  heading: `Gate batch ${n}: how the council read the plan`,
  byline: 'Gate Reporter',
  siteName: 'The Gate Gazette',
  excerpt: 'The council read the plan line by line.',
  jsonLd: 'Gate Reporter',
  related: [],
});

const SLOT_OF: Record<(typeof TEXT_FIELDS)[number], keyof TextSlots> = {
  title: 'title',
  heading: 'heading',
  byline: 'byline',
  'site-name': 'siteName',
  excerpt: 'excerpt',
  'json-ld': 'jsonLd',
};

const isBodyPlacement = (placement: Placement) =>
  placement === 'body' ||
  placement === 'noscript' ||
  placement === 'escaped' ||
  placement === 'attribute';

/** Split vectors into pages of at most `perPage` body vectors (leaky ones last, one a page). */
export function buildVectorPages(
  vectors: Vector[],
  options: { perPage: number; relatedPerPage?: number },
): VectorPage[] {
  const leaks = makeLeakCheck();
  const pages: VectorPage[] = [];
  const emit = (
    kind: VectorPage['kind'],
    body: Vector[],
    slots: Vector[],
    relatedEntries: Vector[],
  ) => {
    const n = pages.length + 1;
    const path = `/gate/${kind}-${n}.html`;
    const text = DEFAULT_SLOTS(n);
    for (const vector of slots) {
      const slot = SLOT_OF[vector.placement as keyof typeof SLOT_OF];
      (text[slot] as string) = vector.payload;
    }
    text.related = relatedEntries.map((vector) =>
      vector.placement === 'related-url'
        ? { title: `Related story ${vector.id}: the council's next step`, url: vector.payload }
        : { title: vector.payload, url: null },
    );
    pages.push({
      path,
      kind,
      html: page(text, body.map(bodyOf).join(''), {
        path,
        live: kind === 'live',
      }),
      vectors: [...body, ...slots, ...relatedEntries],
      markerIds: body.map((vector) => vector.id),
    });
  };

  for (const kind of ['live', 'inert'] as const) {
    const body = vectors.filter(
      (v) => isBodyPlacement(v.placement) && (v.placement === 'body') === (kind === 'live'),
    );
    const leaky = body.filter(leaks);
    const clean = body.filter((vector) => !leaky.includes(vector));
    const textSlots =
      kind === 'inert'
        ? vectors.filter((v) => (TEXT_FIELDS as readonly string[]).includes(v.placement))
        : [];
    const relatedEntries =
      kind === 'inert'
        ? vectors.filter((v) => v.placement === 'related-title' || v.placement === 'related-url')
        : [];
    const perPage = options.perPage;
    const count = Math.max(
      leaky.length,
      Math.ceil(body.length / perPage),
      kind === 'inert' ? Math.ceil(textSlots.length / TEXT_FIELDS.length) : 0,
      kind === 'inert' ? Math.ceil(relatedEntries.length / (options.relatedPerPage ?? 10)) : 0,
    );
    for (let index = 0; index < count; index++) {
      const share = (list: Vector[]) =>
        list.slice(
          Math.floor((index * list.length) / count),
          Math.floor(((index + 1) * list.length) / count),
        );
      const pageBody = [...share(clean), ...(leaky[index] ? [leaky[index]!] : [])];
      // One vector per text field and page (the fields rotate, so a share holds each once).
      const slots = share(textSlots);
      if (new Set(slots.map((vector) => vector.placement)).size !== slots.length)
        throw new Error(`page ${index}: two vectors for one text field`);
      emit(kind, pageBody, slots, share(relatedEntries));
    }
  }
  return pages;
}
