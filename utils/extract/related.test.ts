import { describe, expect, it } from 'vitest';
import { collectRelated } from './related.ts';
import { absoluteHttpUrl } from './url-key.ts';

const PAGE = 'https://www.example-news.test/world/2025/06/12/river-crossing-closed-after-floods';
const NOW = new Date('2025-06-12T12:00:00Z');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const SENTENCE =
  'The council met on Thursday to weigh a plan for the river crossing, which has been closed ' +
  'since the spring floods damaged two of its piers and left the town without its main road.';
const ARTICLE = `<article><h1>River crossing stays closed</h1>
  <div class="body">${Array.from({ length: 6 }, () => `<p>${SENTENCE}</p>`).join('')}</div></article>`;

/** A card as aggregators draw it: image link, title link with heading, source, time, summary. */
function card(slug: string, title: string, source: string, time: string, summary: string): string {
  return `<div class="rounded border"><a href="/world/2025/06/${slug}"><img alt="${title}" src="/img/${slug}.jpg"></a>
    <div class="p-4"><a href="/world/2025/06/${slug}"><h3>${title}</h3></a>
      <div class="flex"><span>${source}</span><div class="flex"><img alt="time" src="/clock.svg"><span>${time}</span></div></div>
      <h4>${title}</h4><p>${summary}</p></div></div>`;
}

function page(body: string, lang = 'en'): Document {
  return parse(`<!doctype html><html lang="${lang}"><body><header><a href="/"><img alt="logo"></a>
    <nav><a href="/world/">World</a><a href="/world/2025/06/11/a-story-in-the-menu-bar-today">Menu story</a></nav>
    </header><main>${ARTICLE}${body}</main><footer><a href="/about">About us</a>
    <a href="/world/2025/06/01/footer-link-to-an-old-story-here">Old story</a></footer></body></html>`);
}

const SEED_LIKE = `<section><h2>Related Articles</h2><div class="grid">
  ${card('bridge-repairs-to-start-in-july-says-council', 'Bridge repairs to start in July, says council', 'Associated Press', '27 minutes ago', `${SENTENCE} ${SENTENCE}`)}
  ${card('ferry-service-extended-while-crossing-is-shut', 'Ferry service extended while crossing is shut', 'News24', '2 hours ago', SENTENCE)}
  ${card('flood-insurance-claims-rise-across-the-valley', 'Flood insurance claims rise across the valley', 'Washington Post', '3 hours ago', SENTENCE)}
</div></section>`;

describe('collectRelated', () => {
  it('reads a grid of cards into one entry per story, in page order, with every field', () => {
    const doc = page(SEED_LIKE);
    const { related, containers } = collectRelated(doc, PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'Bridge repairs to start in July, says council',
      'Ferry service extended while crossing is shut',
      'Flood insurance claims rise across the valley',
    ]);
    expect(related[0]).toEqual({
      title: 'Bridge repairs to start in July, says council',
      url: 'https://www.example-news.test/world/2025/06/bridge-repairs-to-start-in-july-says-council',
      source: 'Associated Press',
      timeText: '27 minutes ago',
      date: '2025-06-12T11:33:00Z',
      summary: `${SENTENCE} ${SENTENCE}`,
      thumbnail:
        'https://www.example-news.test/img/bridge-repairs-to-start-in-july-says-council.jpg',
    });
    expect(related.map((entry) => entry.source)).toEqual([
      'Associated Press',
      'News24',
      'Washington Post',
    ]);
    expect(containers).toEqual([doc.querySelector('section')]);
  });

  it('leaves out the page itself, navigation, the footer, section links and non-http links', () => {
    const block = `<aside aria-label="More stories"><ul>
      <li><a href="${PAGE}?utm_source=share#top">This very story</a></li>
      <li><a href="/world/">More world news</a></li>
      <li><a href="javascript:alert(1)">Click me for a story about floods</a></li>
      <li><a href="data:text/html,hi">A data link posing as a story here</a></li>
      <li><a href="https://other.example.test/2025/06/12/mayor-visits-the-flooded-valley">Mayor visits the flooded valley</a></li>
    </ul></aside>`;
    const { related } = collectRelated(page(block), PAGE, NOW);
    expect(related.map((entry) => entry.url)).toEqual([
      'https://other.example.test/2025/06/12/mayor-visits-the-flooded-valley',
    ]);
  });

  it.each([
    ['Spanish heading', 'es', '<h3>Noticias relacionadas</h3>'],
    ['German heading', 'de', '<h2>Mehr zum Thema</h2>'],
    ['Arabic heading', 'ar', '<h2>اقرأ أيضاً</h2>'],
    ['Chinese heading', 'zh', '<div class="t">相关新闻</div>'],
  ])('finds a block labelled by a %s', (_name, lang, label) => {
    const block = `<div class="box">${label}<ul>
      <li><a href="/2025/06/11/first-story-about-the-valley">Primera historia del valle</a></li>
      <li><a href="/2025/06/10/second-story-about-the-valley">Segunda historia del valle</a></li></ul></div>`;
    const { related, containers } = collectRelated(page(block, lang), PAGE, NOW);
    expect(related).toHaveLength(2);
    expect(containers[0]?.className).toBe('box');
  });

  it('takes a labelled list inside the article body, and only the label and the list', () => {
    const body = `<article><h1>Title</h1><div class="body"><p>${SENTENCE}</p><p>${SENTENCE}</p>
      <h3>Read more</h3><ul><li><a href="/2025/06/01/earlier-floods-closed-the-road">Earlier floods closed the road</a></li></ul>
      <p>${SENTENCE}</p><p>${SENTENCE}</p><p>${SENTENCE}</p></div></article>`;
    const doc = parse(`<body>${body}</body>`);
    const { related, containers } = collectRelated(doc, PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual(['Earlier floods closed the road']);
    expect(containers.map((element) => element.localName)).toEqual(['h3', 'ul']);
  });

  it('does not take a subheading and the prose under it for a related block', () => {
    const body = `<article><h1>Title</h1><div class="body"><p>${SENTENCE}</p><p>${SENTENCE}</p>
      <h3>More on the economy</h3><p>${SENTENCE} See <a href="/2025/06/01/the-budget-in-full-detail">the budget</a>.</p>
      <p>${SENTENCE}</p><p>${SENTENCE}</p></div></article>`;
    expect(collectRelated(parse(`<body>${body}</body>`), PAGE, NOW)).toEqual({
      related: [],
      containers: [],
      anchors: [],
    });
  });

  it("takes a teaser card set among the story's paragraphs: one story, at an article's address", () => {
    const inline = `<div class="x1"><a href="/world/2025/06/11/ferry-fares-to-rise-by-a-fifth-from-april">
      <img src="/img/ferry.jpg" alt=""><h3>Ferry fares to rise by a fifth from April</h3></a>
      <p>Operators blame the rising cost of fuel and say the timetable will stay as it is.</p></div>`;
    const notStories =
      `<h3><a href="/newsletters/">Join our newsletter for the morning briefing</a></h3>` +
      `<h3><a href="/world/">World news from around the globe</a></h3>`;
    const body = `<article><h1>Title</h1><div class="body"><p>${SENTENCE}</p><p>${SENTENCE}</p>
      ${inline}<p>${SENTENCE}</p>${notStories}<p>${SENTENCE}</p><p>${SENTENCE}</p></div></article>`;
    const { related, containers } = collectRelated(parse(`<body>${body}</body>`), PAGE, NOW);
    expect(related).toMatchObject([
      {
        title: 'Ferry fares to rise by a fifth from April',
        url: 'https://www.example-news.test/world/2025/06/11/ferry-fares-to-rise-by-a-fifth-from-april',
        summary:
          'Operators blame the rising cost of fuel and say the timetable will stay as it is.',
        thumbnail: 'https://www.example-news.test/img/ferry.jpg',
      },
    ]);
    expect(containers.map((element) => element.className)).toEqual(['x1']);
  });

  it('finds an unlabelled grid of story cards beside the article', () => {
    const cards = [
      'one-story-about-the-town',
      'two-story-about-the-town',
      'three-story-about-the-town',
      'four-story-about-the-town',
    ]
      .map(
        (
          slug,
        ) => `<li><a href="/2025/06/09/${slug}"><img data-src="/img/${slug}.jpg" src="data:image/gif;base64,R0lGOD"><span>${slug.replace(/-/g, ' ')}</span></a>
        <time datetime="2025-06-09T08:00:00+02:00">9 June</time></li>`,
      )
      .join('');
    const { related, containers } = collectRelated(
      page(`<ul class="cards">${cards}</ul>`),
      PAGE,
      NOW,
    );
    expect(related).toHaveLength(4);
    expect(related[0]).toMatchObject({
      title: 'one story about the town',
      timeText: '9 June',
      date: '2025-06-09T08:00:00+02:00',
      thumbnail: 'https://www.example-news.test/img/one-story-about-the-town.jpg',
    });
    expect(containers[0]?.className).toBe('cards');
  });

  it("leaves out a box of facts whose sources are linked in their sentences: they are the story's", () => {
    const facts = `<aside class="facts"><h2>The crossing in numbers</h2><ul>
      <li>The bridge carried 14,000 cars a day, <a href="https://stats.example.test/2025/06/bridge-traffic-count">the county's traffic count</a> shows.</li>
      <li>Repairs will cost <a href="https://www.other-paper.test/2025/06/10/bridge-repair-bill-set-at-four-million">about four million pounds</a>, the council said.</li>
      <li>The ferry that replaces it runs <a href="/world/2025/06/08/ferry-timetable-for-the-summer">every twenty minutes</a> until ten at night.</li>
    </ul></aside>`;
    const { related, containers } = collectRelated(page(facts), PAGE, NOW);
    expect(related).toEqual([]);
    expect(containers).toEqual([]);
    // The same links as the items' headlines are a list of other stories.
    const teasers = facts.replace(/<li>[^<]*(<a [^>]*>[^<]*<\/a>)[^<]*<\/li>/g, '<li>$1</li>');
    expect(collectRelated(page(teasers), PAGE, NOW).related).toHaveLength(3);
  });

  it("leaves out a grid that is the site's ranking (most read), in any language", () => {
    const grid = (label: string, prefix: string) =>
      `<h2>${label}</h2><ol>${['one', 'two', 'three']
        .map(
          (n) =>
            `<li><a href="/2025/06/09/${prefix}-${n}-story-about-the-town">${prefix} ${n} story about the town</a></li>`,
        )
        .join('')}</ol>`;
    // Its label may be a plain line rather than a heading.
    const plain = `<div class="box"><div class="box-title">Самое читаемое</div>${[
      'one',
      'two',
      'three',
    ]
      .map(
        (n) =>
          `<div><a href="/2025/06/09/plain-${n}-story-about-the-town">plain ${n} story about the town</a></div>`,
      )
      .join('')}</div>`;
    expect(collectRelated(page(`<aside>${plain}</aside>`), PAGE, NOW).related).toEqual([]);
    for (const label of [
      'Most read',
      'Les plus lus',
      'Lo más leído',
      'Najczęściej czytane',
      'Самое читаемое',
    ]) {
      const { related } = collectRelated(
        page(`<aside>${grid(label, 'ranked')}</aside>`),
        PAGE,
        NOW,
      );
      expect(related, label).toEqual([]);
    }
    const latest = collectRelated(
      page(`<aside>${grid('Latest news', 'latest')}</aside>`),
      PAGE,
      NOW,
    );
    expect(latest.related.map((entry) => entry.title)).toEqual([
      'latest one story about the town',
      'latest two story about the town',
      'latest three story about the town',
    ]);
  });

  it('takes a "MORE:" pointer line as a related story, and no other block under "More:"', () => {
    const pointer = `<p><b>MORE:</b> <a href="/2025/06/11/beaches-best-for-a-family-day-out">The beaches that are best for a family day out</a></p>`;
    const { related } = collectRelated(page(pointer), PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'The beaches that are best for a family day out',
    ]);
    // "MORE: <section>" over one story, as a card's kicker: not a label of related stories.
    const kicker = `<div class="card"><div><span>MORE:</span><br><a href="/life/">Life</a></div>
      <a href="/2025/06/10/a-story-about-the-town-and-its-pier">A story about the town and its pier, told at length by one of our writers</a></div>`;
    expect(collectRelated(page(kicker), PAGE, NOW).related).toEqual([]);
  });

  it('takes a pointer line whose label is the line\'s own text ("Read more: <a>…</a>")', () => {
    const lines =
      `<p>Read more: <a href="/2025/06/11/beaches-best-for-a-family-day-out">The beaches that are best for a family day out</a></p>` +
      `<p>» À lire aussi : <a href="/2025/06/10/le-pont-rouvrira-en-septembre-selon-la-mairie">Le pont rouvrira en septembre, selon la mairie</a></p>` +
      // A sentence with a link in it, and an address for a title, are not pointers.
      `<p>Read more about the ferry in <a href="/2025/06/09/ferry-timetable-changes-for-the-summer">our guide to the summer timetable</a>, published last week by the council.</p>` +
      `<p>More: <a href="/2025/06/08/the-old-harbour-master-retires">http://www.example-news.test/2025/06/08/</a></p>`;
    const { related } = collectRelated(page(lines), PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'The beaches that are best for a family day out',
      'Le pont rouvrira en septembre, selon la mairie',
    ]);
  });

  it('reads the time out of a meta line that holds more ("Local · 1 day ago")', () => {
    const items = ['one', 'two', 'three']
      .map(
        (n) =>
          `<li><a href="/2025/06/09/${n}-story-about-the-town"><span>${n} story about the town</span></a><span class="meta">Local · ${n === 'one' ? 1 : 2} days ago</span></li>`,
      )
      .join('');
    const { related } = collectRelated(page(`<ul class="cards">${items}</ul>`), PAGE, NOW);
    expect(related.map((entry) => [entry.timeText, entry.summary])).toEqual([
      ['1 days ago', null],
      ['2 days ago', null],
      ['2 days ago', null],
    ]);
  });

  it("takes the headline in a card's link over the kicker beside it in the same link", () => {
    const cards = ['one', 'two', 'three']
      .map(
        (n) =>
          `<article><a href="/2025/06/09/${n}-story-about-the-town"><p>Freizeit</p><h3>The ${n} story about the town</h3></a></article>`,
      )
      .join('');
    const { related } = collectRelated(page(`<div class="grid">${cards}</div>`), PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'The one story about the town',
      'The two story about the town',
      'The three story about the town',
    ]);
  });

  it('keeps text fields plain and reads srcset and <noscript> thumbnails', () => {
    const block = `<section><h2>Recommended</h2>
      <div><a href="/2025/06/08/story-with-markup-in-title"><h3>  Title   with <b>bold</b>
        and <i>italic</i> </h3></a><img srcset="/s-400.jpg 400w, /s-800.jpg 800w"></div>
      <div><a href="/2025/06/07/story-with-noscript-image-only"><h3>Noscript image</h3></a>
        <noscript><img src="https://cdn.example.test/n.jpg"></noscript></div></section>`;
    const { related } = collectRelated(page(block), PAGE, NOW);
    expect(related.map(({ title, thumbnail }) => ({ title, thumbnail }))).toEqual([
      { title: 'Title with bold and italic', thumbnail: 'https://www.example-news.test/s-400.jpg' },
      { title: 'Noscript image', thumbnail: 'https://cdn.example.test/n.jpg' },
    ]);
  });

  it('merges the same story seen in two blocks into one entry, filling its fields', () => {
    const slug = '/2025/06/05/the-same-story-in-two-blocks';
    const blocks = `<section><h2>Related</h2><ul><li><a href="${slug}">The same story in two blocks</a></li>
      <li><a href="/2025/06/04/another-story-in-this-block">Another story in this block</a></li></ul></section>
      <section><h2>More stories</h2><div><a href="${slug}"><h3>The same story in two blocks</h3></a>
      <span>Reuters</span> <span>5 hours ago</span></div></section>`;
    const { related, containers } = collectRelated(page(blocks), PAGE, NOW);
    expect(related).toHaveLength(2);
    expect(related[0]).toMatchObject({
      title: 'The same story in two blocks',
      timeText: '5 hours ago',
      source: 'Reuters',
    });
    expect(containers).toHaveLength(2);
  });

  it('reads a list of sibling items between rules and breaks, with a date link as their time', () => {
    const item = (path: string, title: string, day: number) =>
      `<span class="item"><b><a href="${path}">${title}</a></b><br>
       // <a href="/">Example News</a> // <a href="/health/">Health</a>
       // <a href="/arch/${day}dec2011/index.html">${day} December 2011</a></span><br>
       <img src="/img/spacer.gif" width="1" height="5" alt=""><br>`;
    const body = `<div class="text"><h1>Title</h1><p>${SENTENCE}</p><p>${SENTENCE}</p>
      <p><b>Ссылки по теме:</b></p><hr>
      ${item('/health/30dec2011/clinic-opens-a-new-wing.html', 'Clinic opens a new wing', 30)}
      ${item('/health/26dec2011/doctors-warn-of-winter-flu.html', 'Doctors warn of winter flu', 26)}
      </div>`;
    const doc = parse(`<body>${body}</body>`);
    const { related, containers } = collectRelated(doc, PAGE, NOW);
    expect(related.map(({ title, timeText, date }) => ({ title, timeText, date }))).toEqual([
      { title: 'Clinic opens a new wing', timeText: '30 December 2011', date: '2011-12-30' },
      { title: 'Doctors warn of winter flu', timeText: '26 December 2011', date: '2011-12-26' },
    ]);
    // The label, the rule, both items and the spacing between them; none of the prose.
    expect(containers[0]?.textContent).toBe('Ссылки по теме:');
    expect(containers.filter((element) => element.className === 'item')).toHaveLength(2);
    expect(containers.some((element) => element.localName === 'hr')).toBe(true);
    expect(containers.some((element) => element.textContent?.includes(SENTENCE))).toBe(false);
  });

  it.each(['#comments', '#'])(
    'lists a story linked with a fragment (%j) without it, leaving the shared URL as it was',
    (fragment) => {
      const linked = SEED_LIKE.replaceAll(
        'bridge-repairs-to-start-in-july-says-council"',
        `bridge-repairs-to-start-in-july-says-council${fragment}"`,
      );
      const { related } = collectRelated(page(linked), PAGE, NOW);
      const href = '/world/2025/06/bridge-repairs-to-start-in-july-says-council';
      expect(related[0]?.url).toBe(new URL(href, PAGE).href);
      // The parse is shared with every other question about that link in the read.
      expect(absoluteHttpUrl(`${href}${fragment}`, PAGE)?.href).toBe(
        new URL(`${href}${fragment}`, PAGE).href,
      );
    },
  );

  it('ends a labelled list where a box of its own rank begins (tags, source)', () => {
    const block = `<div class="attached"><span>6 June 2025, 15:08</span><h2>Related links:</h2>
      <ul><li><a href="/2025/06/04/first-linked-story-of-the-box">First linked story</a></li>
        <li><a href="/2025/06/03/second-linked-story-of-the-box">Second linked story</a></li></ul>
      <hr><div class="tags"><h2><a href="/tags/">Tags:</a></h2>
        <ul><li><a href="/link/102/">United Kingdom</a></li><li><a href="/link/777/">Science news</a></li></ul></div>
      <div><h2>Source:</h2><ul><li><a href="https://elsewhere.example.test/news/health-16425522">The original report</a></li></ul></div>
      <div><a href="/2025/06/12/river-crossing-closed-after-floods#comments">0 comments</a></div></div>`;
    const doc = page(block);
    const { related, containers } = collectRelated(doc, PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'First linked story',
      'Second linked story',
    ]);
    expect(containers.map((element) => element.localName)).toEqual(['h2', 'ul']);
  });

  it('does not take the article for the block of a label written at its end', () => {
    // With no main text found (null), only the label's place says where the article ends: the
    // links inside its paragraphs are the article's, not related stories.
    const prose = (path: string) =>
      `<p>${SENTENCE} As <a href="${path}">reported earlier</a>, the plan was approved.</p>`;
    const body = `<div class="column"><h1>Title</h1><div class="text">
      ${prose('/2025/05/30/the-council-approved-the-plan')}${prose('/2025/05/28/a-plan-for-the-valley-roads')}
      <p><strong>More news on this topic:</strong></p>
      <p><strong><a href="/2025/06/01/secrets-kept-for-two-days">Secrets kept for two days</a></strong></p>
      <p><strong><a href="/2025/05/20/what-makes-families-happy">What makes families happy</a></strong></p>
      </div></div>`;
    const { related, containers } = collectRelated(parse(`<body>${body}</body>`), PAGE, NOW, null);
    expect(related.map((entry) => entry.title)).toEqual([
      'Secrets kept for two days',
      'What makes families happy',
    ]);
    expect(containers).toHaveLength(3);
  });

  it('leaves out entries whose title is no headline, and the story itself under another address', () => {
    const block = `<section><h2>More stories</h2><ul>
      <li><a href="/world/2025/06/11/ferry-service-extended-while-crossing-is-shut">Ferry service extended while crossing is shut</a></li>
      <li><a href="/culture/2025/06/10/festival-moves-to-the-old-harbour-this-summer">Culture</a></li>
      <li><a href="/world/2025/06/12/river-crossing-stays-closed-print-edition">River crossing stays closed</a></li>
      <li><a href="/world/2025/06/12/live-blog-page-2">Older</a></li>
      <li><a href="/world/2025/06/09/bridge-repairs-to-start-in-july-says-council">Bridge repairs to start in July, says council</a></li>
    </ul></section>`;
    const { related } = collectRelated(
      page(block),
      PAGE,
      NOW,
      undefined,
      'River crossing stays closed',
    );
    expect(related.map((entry) => entry.title)).toEqual([
      'Ferry service extended while crossing is shut',
      'Bridge repairs to start in July, says council',
    ]);
  });

  it('leaves out page tools, site links, addresses, month archives and time stamps', () => {
    const story = (slug: string, text: string, extra = '') =>
      `<li><a href="/world/2025/06/${slug}">${text}</a>${extra}</li>`;
    const block = `<section><h2>More stories</h2><ul>
      ${story('11/ferry-service-extended-while-crossing-is-shut', 'Ferry service extended while crossing is shut')}
      ${story('12/river-crossing-closed-after-floods/print', 'Printable version')}
      ${story('12/contact-the-newsroom-about-this-story', 'Contact us')}
      ${story('', 'June 2025')}
      ${story('12/post-1234567-from-the-reporter', 'about 11 minutes ago', '<span>about 11 minutes ago</span>')}
      ${story('12/post-1234568-from-the-reporter', 'http://t.co/AbCdEf12')}
      ${story('10/serwis-info-evening-bulletin-of-the-day', 'Serwis Info 10.06.2025, 21:30', '<span>10.06.2025</span>')}
      ${story('09/bridge-repairs-to-start-in-july-says-council', 'Bridge repairs to start in July, says council')}
    </ul></section>`;
    const { related } = collectRelated(page(block), PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'Ferry service extended while crossing is shut',
      // A headline with its date in it is a headline.
      'Serwis Info 10.06.2025, 21:30',
      'Bridge repairs to start in July, says council',
    ]);
  });

  it("leaves out a site menu's panels of stories, and keeps a list whose items open with a section", () => {
    const panel = (section: string, stories: string[]) =>
      `<li><a class="navitem" href="/${section}/">${section}</a><div class="drop">${stories
        .map((slug) => `<a href="/${section}/2025/06/11/${slug}">${slug.replace(/-/g, ' ')}</a>`)
        .join('')}</div></li>`;
    const menu = `<div class="navbar"><ul id="menu">
      ${panel('world', ['ferry-service-extended-while-crossing-is-shut', 'harbour-master-retires-after-thirty-years', 'new-lighthouse-keeper-starts-on-monday'])}
      ${panel('sport', ['rowing-club-wins-the-regional-cup-again', 'marathon-route-changes-for-bridge-works', 'swimming-pool-reopens-after-long-repairs'])}
      <li><a class="navitem" href="/weather/">weather</a></li></ul></div>`;
    const kickers = `<section><h2>More stories</h2><ul>
      <li><a href="/world/">World</a> <a href="/world/2025/06/09/bridge-repairs-to-start-in-july-says-council">Bridge repairs to start in July, says council</a></li>
      <li><a href="/local/">Local</a> <a href="/local/2025/06/08/flood-insurance-claims-rise-across-the-valley">Flood insurance claims rise across the valley</a></li>
      <li><a href="/world/">World</a> <a href="/world/2025/06/07/river-levels-fall-as-the-rain-finally-stops">River levels fall as the rain finally stops</a></li>
      <li><a href="/local/">Local</a> <a href="/local/2025/06/06/volunteers-clear-the-towpath-after-the-storm">Volunteers clear the towpath after the storm</a></li>
    </ul></section>`;
    const { related } = collectRelated(page(menu + kickers), PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'Bridge repairs to start in July, says council',
      'Flood insurance claims rise across the valley',
      'River levels fall as the rain finally stops',
      'Volunteers clear the towpath after the storm',
    ]);
  });

  it("takes a column card's linked headline over its heading, the columnist's name", () => {
    const column = (slug: string, author: string, headline: string) =>
      `<div class="c"><h3>${author}</h3><a href="/opinion/2025/06/${slug}">${headline}</a></div>`;
    const block = `<section><h2>More stories</h2>
      ${column('11/the-crossing-was-doomed-by-years-of-neglect', 'Jane Roe', 'The crossing was doomed by years of neglect')}
      ${column('10/why-the-valley-needs-a-second-bridge-now', 'John Doe', 'Why the valley needs a second bridge now')}
      <p><a href="/staff/jane-roe/">Jane Roe</a></p></section>`;
    const { related } = collectRelated(page(block), PAGE, NOW);
    expect(related.map((entry) => entry.title)).toEqual([
      'The crossing was doomed by years of neglect',
      'Why the valley needs a second bridge now',
    ]);
  });

  it('never changes the document, and never throws', () => {
    const doc = page(SEED_LIKE);
    const before = doc.documentElement.outerHTML;
    collectRelated(doc, PAGE, NOW);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(collectRelated(parse(''), 'not a url')).toEqual({
      related: [],
      containers: [],
      anchors: [],
    });
  });
});
