import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findClutter } from './declutter';
import { seedPageHtml } from './testing/seed-page';

const URL = 'https://news.example/2025/06/12/story';
const STORY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the story tells what happened, who said what to whom, and why it matters to the readers who follow the town council.</p>`,
).join('');

/** The story's paragraphs one by one, to set things between them. */
const story = STORY.split('</p>')
  .slice(0, 4)
  .map((part) => `${part}</p>`);
const line = (text: string) => `<p>${text}</p>`;

/** What the removed log says of each block: why, and its text. */
const logged = (clutter: ReturnType<typeof findClutter>) =>
  clutter.pending.map((removal) => [removal.reason, removal.text]);

/** Clutter found in `html` (class names are deliberately meaningless: x1, x2…). */
function clutterOf(html: string, siteName?: string) {
  const doc = new JSDOM(`<body>${html}</body>`, { url: URL }).window.document;
  const headline = doc.querySelector('h1');
  const clutter = findClutter(doc, { pageUrl: URL, baseUrl: URL, headline, related: [], siteName });
  return { doc, clutter, kinds: clutter.pending.map((removal) => removal.kind) };
}

describe('findClutter by role and content, not class names', () => {
  it('finds every piece of the seed page’s clutter, each as its own block', () => {
    const doc = new JSDOM(seedPageHtml(), { url: URL }).window.document;
    const { pending } = findClutter(doc, {
      pageUrl: URL,
      baseUrl: URL,
      headline: doc.querySelector('h1'),
      related: [],
    });
    const byKind = Object.fromEntries(pending.map((removal) => [removal.kind, removal.text]));
    expect(byKind['logo']).toBe('logo');
    expect(byKind['ai-promo']).toBe('Try Our AI Features Explore what Daily8 AI can do for you:');
    expect(byKind['empty-comments']).toBe('Comments No comments yet...');
    expect(byKind['app-banner']).toMatch(/^DOWNLOAD THE APP Get Started Now/);
  });

  it('app banners by their store links, in any language', () => {
    const { kinds } = clutterOf(
      `<h1>T</h1>${STORY}<div class="x1"><p>Descarga nuestra app</p><a href="https://play.google.com/store/apps/details?id=x"><img src="/b.png" alt=""></a></div>`,
    );
    expect(kinds).toContain('app-banner');
  });

  it('share bars by their share-dialog links', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x2"><a href="https://www.facebook.com/sharer/sharer.php?u=1">Facebook</a> <a href="https://twitter.com/intent/tweet?url=1">X</a> <a href="mailto:?subject=x">Mail</a></div>${STORY}`,
    );
    expect(clutter.pending).toHaveLength(1);
    expect(clutter.pending[0]).toMatchObject({ kind: 'share-bar', text: 'Facebook X Mail' });
  });

  it('cookie notices and newsletter boxes by what they say', () => {
    const { kinds } = clutterOf(
      `<div class="x3"><p>Wir verwenden Cookies, um unsere Website zu verbessern.</p><a href="#">OK</a></div><h1>T</h1>${STORY}<div class="x4"><h3>Newsletter</h3><form><input type="email"><button>Go</button></form></div>`,
    );
    expect(kinds).toEqual(['cookie-notice', 'newsletter']);
  });

  it.each([
    'This website uses cookies to improve your experience.',
    "Questo sito utilizza cookie tecnici e di profilazione. Continuando accetti l'uso dei cookie.",
    'Ce site utilise des cookies pour mesurer son audience.',
    'Diese Website verwendet Cookies.',
    'Este site usa cookies para melhorar sua experiência.',
    'Ta strona używa plików cookie.',
  ])('a cookie notice saying %j', (notice) => {
    const { kinds } = clutterOf(
      `<div class="x1">${notice} <button>OK</button></div><h1>T</h1>${STORY}`,
    );
    expect(kinds).toEqual(['cookie-notice']);
  });

  it('a comment thread by its reply buttons, and a comment form', () => {
    const comments = Array.from(
      { length: 3 },
      (_, i) =>
        `<li><b>Reader ${i}</b><p>I think so too, number ${i}.</p><a href="#">Reply</a></li>`,
    ).join('');
    const { kinds, clutter } = clutterOf(
      `<h1>T</h1>${STORY}<section class="x5"><h2>3 comments</h2><ul>${comments}</ul><form><textarea></textarea><label>Name</label><input></form></section>`,
    );
    expect(kinds).toContain('comments');
    expect(clutter.pending.find((removal) => removal.kind === 'comments')!.text).toMatch(
      /Reader 0/,
    );
  });

  it('page tools, breadcrumbs, ad labels and "read more" pointers', () => {
    const { kinds } = clutterOf(
      `<div class="x6"><a href="/">Home</a> » <a href="/world">World</a></div><h1>T</h1><div class="x7"><a href="#">Drukuj</a> | <a href="#">Wyślij</a></div>${STORY}<div class="x8"><span>Advertisement</span><div></div></div><p><strong>Read more:</strong> <a href="/2025/06/11/other">An older story about the same thing</a></p>`,
    );
    expect(kinds).toEqual(['navigation', 'share-bar', 'advert', 'related']);
  });

  it.each(['Advertentie', 'Annonce', 'Reklam', 'Iklan', 'Quảng cáo'])(
    'the ad label %j',
    (label) => {
      const { kinds } = clutterOf(
        `<h1>T</h1>${STORY}<div class="x1"><span>${label}</span></div>${STORY}`,
      );
      expect(kinds).toEqual(['advert']);
    },
  );

  it('"Story continues below advertisement", a "MORE:" pointer line, and not a quote\'s date', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<div class="x1"><span>Story continues below advertisement</span></div>` +
        `<p><strong>MORE:</strong> <a href="/2025/06/11/other">An older story about the same thing</a></p>` +
        `<blockquote class="x2"><p>The pier is open again!</p>— Coastal Walks (@walks) <a href="https://social.example/walks/1">June 12, 2025</a></blockquote>` +
        `<div class="x3"><b>More:</b> <a href="/topics/piers">Piers</a> <a href="/topics/seaside">Seaside</a></div>`,
    );
    expect(clutter.pending.map((removal) => [removal.kind, removal.text])).toEqual([
      ['advert', 'Story continues below advertisement'],
      ['related', 'MORE: An older story about the same thing'],
    ]);
  });

  it('an audio player for the story, its length and speed and the line under it', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x1" role="region"><button aria-label="Play">▶</button><span>Listen to this article</span><span>5 min</span><button>1x</button>` +
        `<p class="x2">Audio generated by AI. <a href="/audio-faq">Learn more</a></p></div>` +
        `${STORY}<div class="x3"><span>Escuchar la noticia</span> <span>03:12</span></div>` +
        `<p>Listen to the whole interview on our podcast, where the mayor explains the plan at length and answers callers.</p>`,
    );
    expect(clutter.pending.map((removal) => [removal.kind, removal.text])).toEqual([
      ['other', '▶Listen to this article5 min1x Audio generated by AI. Learn more'],
      ['other', 'Escuchar la noticia 03:12'],
    ]);
  });

  it('calls to follow the site or get its app, and tip lines, even between the story’s paragraphs', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}${line('<strong>Follow us on Google News</strong> for the latest updates.')}${story[1]}` +
        `${line('Join our WhatsApp channel to get the latest news first.')}${story[2]}` +
        `${line('<em>Síguenos en Telegram</em>')}${story[3]}` +
        `${line('Got a news tip? Email us at tips@news.example')}` +
        `${line('Download the Daily Bay app for breaking news alerts.')}` +
        // The story talking about such things stays.
        `${line('Follow the council on any platform and you will see the same thing: the plan passed without a single vote against it, and the harbour is next.')}` +
        `${line('Police said the suspects used WhatsApp to arrange the meetings.')}${story[0]}`,
    );
    expect(logged(clutter)).toEqual([
      [
        "an invitation to follow the site's channel",
        'Follow us on Google News for the latest updates.',
      ],
      [
        "an invitation to follow the site's channel",
        'Join our WhatsApp channel to get the latest news first.',
      ],
      ["an invitation to follow the site's channel", 'Síguenos en Telegram'],
      ['a call for news tips', 'Got a news tip? Email us at tips@news.example'],
      ['an invitation to download the app', 'Download the Daily Bay app for breaking news alerts.'],
    ]);
  });

  it('an appeal for donations or membership, the whole box with its pitch and button', () => {
    const pitch =
      'We have a small favour to ask. Millions turn to us for open, independent reporting every day, and we have no owner to answer to. If you can, please support us with a contribution today: it takes less than a minute.';
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<div class="x1"><h3>Support independent journalism</h3><p>${pitch}</p><a href="/contribute">Support us</a></div>` +
        `<div class="x2"><p>Reader-funded journalism depends on you. Become a member today from just $5 a month.</p><a href="/donate">Donate now</a></div>` +
        `<footer><nav class="x0"><a href="/news">News</a> <a href="/about">About</a> <a href="/donate">Donate</a></nav></footer>`,
    );
    expect(clutter.pending.map((removal) => removal.reason)).toEqual([
      'an appeal for donations or membership',
      'an appeal for donations or membership',
    ]);
    // Each block is the whole box: heading, pitch and button; the menu's item is the menu's.
    expect([...clutter.blocks.keys()].map((block) => block.className)).toEqual(['x1', 'x2']);
  });

  it('a "Comments (12)" button among the story’s paragraphs is a control, not the thread’s heading', () => {
    const { doc, clutter } = clutterOf(
      `<h1>T</h1><div class="x1">${story[0]}${story[1]}<div class="x2"><button>Comments (12)</button><button>Share</button></div>${story[2]}${story[3]}</div>`,
    );
    const removed = [...clutter.blocks.keys()];
    const paragraphs = [...doc.querySelectorAll('.x1 > p')];
    expect(paragraphs.filter((p) => removed.some((block) => block.contains(p)))).toEqual([]);
  });

  it('page furniture set as lines of its own: reading time, embed placeholders, gates, bare buttons', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x1"><span>5 min read</span></div>${story[0]}` +
        `${line('This content is not available due to your privacy preferences. Update your settings to see it.')}${story[1]}` +
        `${line('Please enable JavaScript to view this content.')}` +
        `${line('Sign up to read this article for free. Already a subscriber? Log in')}${story[2]}` +
        `${line('Show more')}${line('Swipe →')}${line('What do you think? Let us know in the comments.')}${story[3]}` +
        `${line('Lesezeit: 3 Min.')}` +
        // The story saying such things stays, and so does a note that AI helped write it.
        `${line('The mayor said the plan would take five minutes to read aloud, and nobody asked for more.')}` +
        `${line('Subscribers to the council’s bulletin can read the full report online, she said.')}` +
        `${line('This article was produced with the help of AI tools and reviewed by our editors.')}`,
    );
    expect(logged(clutter)).toEqual([
      ['the reading time (the reader shows its own)', '5 min read'],
      [
        'a placeholder for an embed the page could not show',
        'This content is not available due to your privacy preferences. Update your settings to see it.',
      ],
      [
        'a placeholder for an embed the page could not show',
        'Please enable JavaScript to view this content.',
      ],
      [
        'a sign-in or subscription prompt',
        'Sign up to read this article for free. Already a subscriber? Log in',
      ],
      ['a button or loading notice of the page', 'Show more'],
      ['a button or loading notice of the page', 'Swipe →'],
      ['an invitation to comment', 'What do you think? Let us know in the comments.'],
      ['the reading time (the reader shows its own)', 'Lesezeit: 3 Min.'],
    ]);
  });

  it('a newsletter plea, a comments link, rights lines and a feedback prompt between paragraphs', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}` +
        `${line('Sign up for the Daily Bay newsletter to get our top stories every morning. <a href="/newsletters">Sign up</a>')}${story[1]}` +
        `${line('<a href="#comments">View 24 comments</a>')}${story[2]}` +
        `${line('© 2026 Daily Bay Media Ltd. All rights reserved.')}${story[3]}` +
        `${line('Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.')}` +
        `<div class="x1"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>` +
        `<p class="x2"><a href="/corrections">Report an error</a> | <a href="/standards">Our standards</a></p>` +
        `<div class="x3"><button>Gift this article</button><button>Save for later</button><button>Listen</button></div>` +
        // The story saying such things stays.
        `${story[0]}${line('Sign up for the council’s consultation closed on Friday, and fewer than two hundred residents had taken part.')}` +
        `${line('Copyright 2019 rules, the minister said, were never written with a harbour in mind.')}` +
        `${line('The committee will view 24 comments from residents before it votes again in March.')}${story[1]}`,
    );
    expect(logged(clutter)).toEqual([
      [
        'a newsletter sign-up box',
        'Sign up for the Daily Bay newsletter to get our top stories every morning. Sign up',
      ],
      ['a link to the comments', 'View 24 comments'],
      ["the site's footer", '© 2026 Daily Bay Media Ltd. All rights reserved.'],
      [
        'a rights or reprint notice',
        'Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or…',
      ],
      ['a prompt to rate the article', 'Was this article helpful? YesNo'],
      ['page tools (print, e-mail, share)', 'Report an error | Our standards'],
      ['page tools (print, e-mail, share)', 'Gift this articleSave for laterListen'],
    ]);
  });

  it('a closed thread, a call for readers’ photos, a plea without "our"; not a sentence opening "Click here"', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}${line('Sign up for free newsletters and get more Daily Bay news delivered to your inbox')}${story[1]}` +
        `${line('Click here to read the full council report, which was published on Tuesday evening.')}${story[2]}` +
        `${line('<em>Send us your photos and videos of the storm: <a href="mailto:pics@news.example">pics@news.example</a></em>')}${story[3]}` +
        `${line('Comments are closed.')}`,
    );
    expect(logged(clutter)).toEqual([
      [
        'a newsletter sign-up box',
        'Sign up for free newsletters and get more Daily Bay news delivered to your inbox',
      ],
      ['a call for news tips', 'Send us your photos and videos of the storm: pics@news.example'],
      ['an empty comments section', 'Comments are closed.'],
    ]);
  });

  it('a call for tip-offs with its number and reward, not a story saying a netizen revealed something', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x1">${STORY}</div><div class="x2">新闻微博<a href="/topic/84">#爆料#</a>或短信爆料<font>13900000000</font> 一经采用最高奖励<font>500元</font></div>` +
        `<ul class="x3"><li><a href="/services">服務專區</a></li><li><a href="/tips">我要爆料</a></li><li><a href="/jobs">自由徵才</a></li></ul>`,
    );
    expect(logged(clutter)).toEqual([
      ['a call for news tips', '新闻微博#爆料#或短信爆料13900000000 一经采用最高奖励500元'],
      ['a call for news tips', '我要爆料'],
    ]);
    const told = clutterOf(
      `<h1>T</h1>${story[0]}${line('有网友在微博上爆料：看病送火车票。')}${story[1]}${story[2]}`,
    );
    expect(told.kinds).toEqual([]);
  });

  it('the app plea as a paragraph in Spanish, French and German', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}${line('Descarga la app de Diario de la Bahía para recibir alertas de última hora.')}${story[1]}` +
        `${line("Téléchargez l'application du Quotidien de la Baie pour recevoir nos alertes.")}${story[2]}` +
        `${line('Laden Sie die App der Buchtzeitung herunter, um Eilmeldungen zu erhalten.')}${story[3]}`,
    );
    expect(clutter.pending.map((removal) => removal.reason)).toEqual(
      Array(3).fill('an invitation to download the app'),
    );
  });

  it('ways back, a picture’s controls, pleas and gates in other languages, each the line alone', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}<figure class="x1"><img src="/w.jpg" alt="The wall"><span>Enlarge this image</span>` +
        `<figcaption>The wall at high tide. <button>Hide caption</button></figcaption></figure>${story[1]}` +
        `${line('Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten. <a href="/nl">Jetzt anmelden</a>')}${story[2]}` +
        `${line('Cet article est réservé aux abonnés.')}${story[3]}` +
        `${line('<a href="#top">Back to top</a>')}${line('<a href="/">Zur Startseite</a>')}`,
    );
    expect(logged(clutter)).toEqual([
      ['a button or loading notice of the page', 'Enlarge this image'],
      ['a button or loading notice of the page', 'Hide caption'],
      [
        'a newsletter sign-up box',
        'Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten. Jetzt anmelden',
      ],
      ['a sign-in or subscription prompt', 'Cet article est réservé aux abonnés.'],
      ['a button or loading notice of the page', 'Back to top'],
      ['a button or loading notice of the page', 'Zur Startseite'],
    ]);
  });

  it('a podcast\'s advert, a share count and a "WATCH:" pointer between the story\'s paragraphs', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}${line('This article has been shared 1,204 times')}${story[1]}` +
        `${line('<strong>WATCH:</strong> <a href="/video/2025/06/wall">Drone footage shows the damage to the sea wall</a>')}${story[2]}` +
        `${line('<em>Listen to The Harbour podcast on Apple Podcasts, Spotify or wherever you get your podcasts.</em>')}${story[3]}` +
        // The story saying such things stays.
        `${line('Listen to the mayor on any podcast this spring and you hear the same doubt about the wall.')}${story[0]}`,
    );
    expect(logged(clutter)).toEqual([
      ['a share count', 'This article has been shared 1,204 times'],
      ['a link to another story', 'WATCH: Drone footage shows the damage to the sea wall'],
      [
        "an advert for the site's podcast",
        'Listen to The Harbour podcast on Apple Podcasts, Spotify or wherever you get your podcasts.',
      ],
    ]);
  });

  it("old pages' lines between the story's paragraphs: ways back, a section pointer, a follow plea", () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}${line('More below')}<div class="x1">Skip to <a href="#top">top</a> | <a href="#menu">bottom</a></div>${story[1]}` +
        `${line('Click here for more <a href="/life/">stories about Life</a>')}${story[2]}` +
        `<div class="x2">Get all your favorite Health &amp; Medicine news by following our Health &amp; Medicine feed on Twitter! <a href="https://twitter.com/dailybay">Click Here!</a></div>` +
        // A menu's link saying "Current Issue" is the menu's, not a promo box.
        `<div class="x4"><a href="/issue/june-2025/">Current Issue</a> · <a href="/archive/">Archive</a> · <a href="/masthead/">Masthead</a></div>` +
        `<div class="x3"><h4>Current Issue</h4><p><a href="/issue/june-2025/"><img src="/cover.jpg" alt="Cover of the June issue"></a></p></div>` +
        `${story[3]}${line('Copyright: Daily Bay Media')}` +
        `<table class="x5"><tr><th><a href="/2025/06/11/prev">&lt; Предыдущая</a></th><td></td><th><a href="/2025/06/13/next">Следующая &gt;</a></th></tr></table>` +
        `${line('Комментировать на сайте polosa.co.il')}` +
        `${line('Short URL: http://www.dailybay.example/?p=41440')}` +
        `<div class="x6"><a href="/email/">Email to a friend</a> | <a href="/print/">Printer friendly</a></div>` +
        `<div class="x7"><a href="#s">A</a> <a href="#m">A</a> <a href="#l">A</a> <a href="/print/">Drukuj</a></div>` +
        `<div class="x8"><b>Poleć artykuł:</b></div><div class="x9">Προβολή<br><iframe src="https://ads.example/slot"></iframe></div>` +
        // The story saying such things stays.
        `${line('Click here for more than a minute and the old ticket machine still gives no change, traders say.')}` +
        `${line('Next year the market moves back to the quay.')}`,
    );
    expect(logged(clutter)).toEqual([
      ['an advertisement', 'More below'],
      ['a button or loading notice of the page', 'Skip to top | bottom'],
      ["a link to more of the site's stories", 'Click here for more stories about Life'],
      [
        "an invitation to follow the site's social-media page",
        'Get all your favorite Health & Medicine news by following our Health & Medicine feed on Twitter! Click Here!',
      ],
      ["a promo for the magazine's latest issue", 'Current Issue'],
      ["the site's footer", 'Copyright: Daily Bay Media'],
      ['a link to the previous or next story or page', '< Предыдущая'],
      ['a link to the previous or next story or page', 'Следующая >'],
      ['an invitation to comment', 'Комментировать на сайте polosa.co.il'],
      ['a short link to share the page', 'Short URL: http://www.dailybay.example/?p=41440'],
      ['page tools (print, e-mail, share)', 'Email to a friend | Printer friendly'],
      ['page tools (print, e-mail, share)', 'A A A Drukuj'],
      ['page tools (print, e-mail, share)', 'Poleć artykuł:'],
      ['an advertisement', 'Προβολή'],
    ]);
  });

  it("a wire photo's offer to license it goes; its caption and credit stay", () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><figure><img src="/harbour.jpg" alt="The harbour"><figcaption><span>Boats in the harbour at dawn, June 12, 2025. AGENCY/Jane Roe ` +
        `<a href="https://agency.example/license/?utm_medium=article">Purchase Licensing Rights<svg><title>, opens new tab</title></svg></a></span></figcaption></figure>` +
        `${story[0]}<div class="x1"><a href="https://photos.example/buy/1">Buy this photo</a></div>${story[1]}` +
        // The story saying so stays.
        `${line('The agency said it would buy the photo rights of the archive from the family for an undisclosed sum.')}`,
    );
    expect(logged(clutter)).toEqual([
      ['an offer to license or buy the photo', 'Purchase Licensing Rights'],
      ['an offer to license or buy the photo', 'Buy this photo'],
    ]);
  });

  it('a widget\'s tabs go, its panel stays; a play button\'s "watch now"', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x1"><ul role="tablist"><li role="tab" aria-selected="true">Summary</li><li role="tab">Companies</li></ul>` +
        `<ul><li>Wall Street seen mixed at the open on Monday</li><li>European shares flat ahead of the ECB</li></ul></div>` +
        `${story[0]}<div class="x2"><img src="/v.jpg" alt=""><span class="x3">watch now</span></div>${story[1]}`,
    );
    expect(logged(clutter)).toEqual([
      ["a widget's tabs", 'Summary Companies'],
      ["a video player's controls", 'watch now'],
    ]);
  });

  it("a video player's words and a credit line set between the story's paragraphs", () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}<div class="x1"><div class="x2"><span>Now playing</span> <span>0:45</span></div>` +
        `<p>Watch: the storm hits the harbour wall</p><div class="x3"><span>Up next</span> <a href="/video/2">Council votes on budget</a> <span>2:13</span></div></div>` +
        `${story[1]}<p class="x4">(Photo by Jo Smith/Daily Bay)</p>${story[2]}` +
        `<div class="x5"><button>Play video</button><span>Duration 1:32</span></div>${story[3]}` +
        // A story's sentence that starts like a control stays.
        `<p>Replay the council's vote and you hear the same doubt in every voice that said yes to it.</p>`,
    );
    expect(logged(clutter)).toEqual([
      [
        "a video player's controls",
        'Now playing 0:45 Watch: the storm hits the harbour wall Up next Council votes on budget 2:13',
      ],
      ['a photo credit', '(Photo by Jo Smith/Daily Bay)'],
      ["a video player's controls", 'Play videoDuration 1:32'],
    ]);
  });

  it('a line of topic links right after the story’s last paragraph, not a sentence that starts alike', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<p>Topics: the harbour, the council budget and the fishing quotas were all on the agenda that night.</p>${STORY}` +
        `<p class="x1">Topics: <a href="/topics/harbour">Harbour</a>, <a href="/topics/council">Council</a>, <a href="/topics/fishing">Fishing</a></p>`,
    );
    expect(logged(clutter)).toEqual([['topic tags', 'Topics: Harbour, Council, Fishing']]);
  });

  it("the author's bio, with or without an article before the title; not the story naming an editor", () => {
    for (const bio of [
      'Jane Doe is a reporter for the Daily Bay, covering the harbour and the council since 2019.',
      'Rob is Special Projects Editor at i. He won the Legal Reporting Award in 2019 and was shortlisted for two fellowships.',
    ]) {
      const { clutter } = clutterOf(
        `<h1>T</h1><div class="x1"><a href="/author/x">Author</a><div class="x2">${bio}</div></div>${STORY}`,
      );
      expect(clutter.pending.map((removal) => removal.reason)).toEqual(['about the author']);
    }
    const told = clutterOf(
      `<h1>T</h1>${story[0]}${line('Ann Lee is Deputy Editor at the Harbour Gazette, and she said the paper would appeal.')}${story[1]}${story[2]}`,
    );
    expect(told.kinds).toEqual([]);
  });

  it("a blog post's details line under its last paragraph, in the theme's words", () => {
    const details = [
      'This entry was posted on Monday, January 9th, 2012 at 4:05 pm and is filed under <a href="/category/news">News</a>. You can follow any responses to this entry through the <a href="/feed">RSS 2.0</a> feed.',
      'Dieser Beitrag wurde am 12. Juni 2025 veröffentlicht und ist unter <a href="/kategorie/hafen">Hafen</a> abgelegt.',
    ];
    for (const line of details) {
      const { clutter } = clutterOf(
        `<h1>T</h1><div class="x1">${STORY}<p class="x2">${line}</p></div>`,
      );
      expect(clutter.pending.map((removal) => removal.reason)).toEqual([
        "the post's details (posted on, filed under)",
      ]);
    }
    const told = clutterOf(
      `<h1>T</h1><div class="x1">${STORY}<p>Her first entry was posted on Monday, January 9th, and by Friday the council had replied to it.</p></div>`,
    );
    expect(told.kinds).toEqual([]);
  });

  it('a poll: choices to tick and a button to send, with its question and count', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<div class="x1"><h3>Poll</h3><p>Should the harbour wall be rebuilt?</p>` +
        `<form><label><input type="radio" name="v"> Yes</label><label><input type="radio" name="v"> No</label><button>Vote</button></form>` +
        `<p>1,204 votes so far</p></div>${STORY}`,
    );
    expect(clutter.pending.map((removal) => removal.reason)).toEqual([
      'choices to tick and send (a poll, a quiz), which work on the page only',
    ]);
    expect([...clutter.blocks.keys()].map((block) => block.className)).toEqual(['x1']);
    // A yes/no poll: one button per answer, and the results beside them.
    const yesNo = clutterOf(
      `<h1>T</h1>${STORY}<div class="x2"><h2>Your view</h2><strong>Should the harbour wall be rebuilt?</strong>` +
        `<form><input type="submit" name="a1" value="YES"><input type="submit" name="a2" value="NO"></form>` +
        `<div>YES 54%</div><div>NO 46%</div><div>Votes: 349</div></div>${STORY}`,
    );
    expect([...yesNo.clutter.blocks.keys()].map((block) => block.className)).toEqual(['x2']);
    // One button is a form's send button, not a choice.
    const one = clutterOf(
      `<h1>T</h1>${STORY}<form class="x3"><input type="submit" value="Go"></form>`,
    );
    expect(one.kinds).toEqual([]);
  });

  it("the byline and date lines (one with the site's address) between headline and story", () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x9">By Jane Doe</div><div class="x10">Published 12 June 2025, 10:30</div><p class="x11"><a href="https://www.news.example/">https://www.news.example</a> 2025-06-12 21:11 来源： <span>新闻网</span> 【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</p>${STORY}`,
    );
    const reasons = clutter.pending.map((removal) => removal.reason);
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toBe('the byline (shown in the header)');
    expect(reasons[1]).toMatch(/date line/);
    expect(reasons[2]).toMatch(/date line/);
  });

  it('a date line that is a <time> with a machine-readable date, though its text has no year', () => {
    for (const line of [
      '<time datetime="2026-03-05">5 March</time>',
      '<p><time datetime="2026-03-05T10:00">Thursday 10.00 GMT</time></p>',
      '<div>Published <time datetime="2026-03-05">5 March</time></div>',
    ]) {
      const { clutter } = clutterOf(`<h1>T</h1>${line}${STORY}`);
      expect(
        clutter.pending.map((removal) => removal.reason),
        line,
      ).toEqual(['the date line (shown in the header)']);
    }
    // A <time> inside a sentence of the story is not a date line, nor a live post's time of day.
    const sentence = clutterOf(
      `<h1>T</h1><p>The council met on <time datetime="2026-03-05">Thursday</time> to weigh the plan for the crossing.</p>${STORY}`,
    );
    expect(sentence.kinds).toEqual([]);
    const post = clutterOf(`<h1>T</h1><time datetime="2026-03-05T11:05:00Z">11:05</time>${STORY}`);
    expect(post.kinds).toEqual([]);
  });

  it('the byline and date line under a standfirst set apart between headline and story', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><p class="x1">A standfirst that sums the whole story up in one long sentence, as feature pages like to set it right under the headline.</p>` +
        `<div class="x2"><span>Par Claire Martin</span> <span>Publié le 12 juin 2025 à 14h30</span></div>` +
        `<figure><img src="/a.jpg"><figcaption>By the river, a photo of the town hall</figcaption></figure>` +
        `<div class="x3">${STORY}</div>`,
    );
    // One line holds both: read as the date line, which it is too.
    expect(logged(clutter)).toEqual([
      ['the date line (shown in the header)', 'Par Claire Martin Publié le 12 juin 2025 à 14h30'],
    ]);
  });

  it('a comments section that is still loading, and not the box after it', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<section class="x1"><h2>Comentários</h2><p>Carregando comentários…</p></section>` +
        `<aside class="x2"><h2>Most talked about</h2><p>${'A box of the site that is not about the comments above it at all. '.repeat(2)}</p></aside>`,
    );
    expect(clutter.pending.map((removal) => removal.kind)).toEqual(['empty-comments']);
  });

  it('an empty comments section that asks to be the first to respond, and not what follows it', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<section class="x1"><h2>Commentaires</h2><p>Soyez le premier à réagir.</p><a href="/login">Se connecter</a></section>` +
        `<aside class="x2"><h2>Les plus lus</h2><ol><li><a href="/2025/06/01/one-story-about-the-town">One story about the town</a></li></ol></aside>`,
    );
    expect(clutter.pending.map((removal) => removal.kind)).toEqual(['empty-comments']);
  });

  it('a plain kicker right above the headline, and a subscription appeal in the text', () => {
    const { clutter } = clutterOf(
      `<div><p class="x1">Kultur in der Stadt</p><h1>T</h1></div>${STORY}<div class="x2"><p>Sie lesen diesen Artikel kostenlos.</p><a href="/abo/">Jetzt abonnieren</a></div>${STORY}`,
    );
    expect(clutter.pending.map((removal) => [removal.kind, removal.text])).toEqual([
      ['other', 'Kultur in der Stadt'],
      ['newsletter', 'Sie lesen diesen Artikel kostenlos. Jetzt abonnieren'],
    ]);
    // A sentence above the headline is no kicker.
    const sentence = clutterOf(`<div><p class="x1">Updated on Monday.</p><h1>T</h1></div>${STORY}`);
    expect(sentence.clutter.pending).toEqual([]);
  });

  it('the section label right above the headline, when the menu links to that section too', () => {
    const menu =
      '<ul class="x1"><li><a href="/health/">Health</a></li><li><a href="/auto/">Auto</a></li></ul>';
    const { clutter } = clutterOf(
      `${menu}<div class="x2"><h2><a href="/health/">Health</a></h2><h1>T</h1>${STORY}</div>`,
    );
    const reasons = clutter.pending.map((removal) => removal.reason);
    expect(reasons).toContain('the section label above the headline');
    // A link above the headline that the page has nowhere else is left alone.
    const alone = clutterOf(
      `<div class="x2"><h2><a href="/series/">Our series</a></h2><h1>T</h1>${STORY}</div>`,
    );
    expect(alone.clutter.pending.map((removal) => removal.reason)).not.toContain(
      'the section label above the headline',
    );
  });

  it('the section label whose address is a section front, with its separator and the date on its line', () => {
    const { clutter } = clutterOf(
      `<div class="x1"><div class="x2"><span class="x3"><a href="/subject/politics/">Politics</a></span>` +
        `<span class="x4"> / </span><span class="x5">February 28, 2024</span></div>` +
        `<div class="x6"><h1>T</h1></div></div>${STORY}`,
    );
    expect(logged(clutter)).toEqual([
      ['the section label above the headline', 'Politics / February 28, 2024'],
    ]);
    // A feed's link above the headline is no section label.
    const feed = clutterOf(
      `<div class="x2"><h2><a href="/feed/rss.xml">RSS</a></h2><h1>T</h1>${STORY}</div>`,
    );
    expect(logged(feed.clutter)).toEqual([]);
  });

  it('never takes in the headline or the story, and leaves an ordinary story alone', () => {
    const { kinds } = clutterOf(
      `<article><h1>How cookies are baked</h1>${STORY}<p>We use cookies, the bakery said, and flour from the valley, which the newsletter of the guild praised.</p></article>`,
    );
    expect(kinds).toEqual([]);
  });

  it('a rights notice longer than a footer line, in any language, but not inside the story', () => {
    const notice =
      'Żaden tekst opublikowany w tym portalu nie może być powielany ani rozsyłany dalej bez pisemnej zgody redakcji, także we fragmentach, w druku, w sieci, w radiu ani w telewizji, pod rygorem odpowiedzialności cywilnej i karnej.';
    const { clutter } = clutterOf(`<h1>T</h1>${STORY}<div class="x13"><p>${notice}</p></div>`);
    expect(notice.length).toBeGreaterThan(150);
    expect(clutter.pending).toHaveLength(1);
    expect(clutter.pending[0]).toMatchObject({
      kind: 'other',
      reason: 'a rights or reprint notice',
    });
    const quoted = clutterOf(
      `<h1>T</h1>${STORY}<p>The judge read out the line that the photos may not be reproduced anywhere, then adjourned.</p>${STORY}`,
    );
    expect(quoted.kinds).toEqual([]);
    // Claiming the copyright and forbidding reuse, the line is the site's even among the
    // story's paragraphs (Korean papers close every story with it).
    const closing = clutterOf(
      `<h1>T</h1>${STORY}<p>&lt;저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지&gt;</p>`,
    );
    expect(closing.clutter.pending.map((removal) => removal.reason)).toEqual([
      'a rights or reprint notice',
    ]);
  });

  it('topic tags, a bracketed photo credit and a typo-report prompt', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<p class="x14">(fot. Anna Nowak)</p><div class="x15"><span>Tagi:</span> <a href="/t/rada">rada miasta</a>, <a href="/t/most">nowy most</a></div><div class="x16">Заметили опечатку? Выделите слово и нажмите Ctrl+Enter.</div>`,
    );
    expect(logged(clutter)).toEqual([
      ['a photo credit', '(fot. Anna Nowak)'],
      ['topic tags', 'Tagi: rada miasta, nowy most'],
      ['a prompt to report a typo', 'Заметили опечатку? Выделите слово и нажмите Ctrl+Enter.'],
    ]);
  });

  it('a comment thread without reply buttons, by its heading, and all that follows it', () => {
    const thread = `<div class="x17"><div class="x18"><h3>Wybrane komentarze</h3></div><div class="x19"><a href="/all">zobacz wszystkie</a></div></div><div class="x20"><dl><dt>marek 12.06.2025</dt><dd><p>Nothing I read here surprised me at all, the council always decides these things behind closed doors and then tells us.</p></dd><dt>ola 12.06.2025</dt><dd><p>The bridge has needed repairs for years and the money was always spent on something else, as usual for this town.</p></dd></dl></div>`;
    const { clutter } = clutterOf(`<h1>T</h1><div class="x21">${STORY}${thread}</div>`);
    expect(clutter.pending.map((removal) => [removal.kind, removal.text.slice(0, 20)])).toEqual([
      ['comments', 'Wybrane komentarze z'],
      ['comments', 'marek 12.06.2025 Not'],
    ]);
    const tab = clutterOf(`<h1>T</h1><p><a href="#c">Comments (2)</a></p>${STORY}`);
    expect(tab.kinds).toEqual([]);
  });

  it('a comments heading with its colon, over a sign-in plea, and the blocks after it', () => {
    const section =
      `<div class="x1"><b>Комментарии:</b></div><div class="x2">Комментировать могут только зарегистрированные пользователи.<br>Пожалуйста, <a href="/login">войдите</a> или <a href="/register">зарегистрируйтесь</a>.</div>` +
      `<br><a id="c1"></a><div class="x3"></div><div class="x4"><a href="https://ads.example/">Загрузка...</a></div>`;
    const { doc, clutter } = clutterOf(`<h1>T</h1><div class="x5">${STORY}${section}</div>`);
    // Each block that shows something is logged; the <br>, the named anchor and the empty box
    // go with the section, unlisted (a blank entry would have nothing to show or put back).
    expect(logged(clutter)).toEqual([
      ['reader comments (under their heading)', 'Комментарии:'],
      [
        'reader comments (under their heading)',
        'Комментировать могут только зарегистрированные пользователи. Пожалуйста, войдите или зарегистрируйтесь.',
      ],
      ['reader comments (under their heading)', 'Загрузка...'],
    ]);
    for (const selector of ['br', '#c1', '.x3']) {
      expect(clutter.blocks.has(doc.querySelector(`.x5 > ${selector}`)!)).toBe(true);
    }
  });

  it("a call to read the site in social networks, and to discuss the story on the site's forum", () => {
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x1">${STORY}</div><p class="x2"><em>Читайте новости <a href="https://news.example/">News.Example</a> в социальных сетях <a href="https://facebook.com/x">facebook</a> и <a href="https://twitter.com/x">twitter</a>.</em></p>` +
        `<a href="/forum/harbour"><b>Should the wall be rebuilt? - podyskutuj na FORUM CZYTELNIKÓW</b></a><br><br>`,
    );
    expect(clutter.pending.map((removal) => removal.reason)).toEqual([
      "an invitation to follow the site's social-media page",
      "an invitation to discuss it on the site's forum",
    ]);
    const told = clutterOf(
      `<h1>T</h1><div class="x1">${STORY}<p>Residents who wanted to discuss the plan on the council's forum found it closed for repairs.</p></div>`,
    );
    expect(told.kinds).toEqual([]);
  });

  it('a follow-us prompt, a "share to" label, a "news on the topic" pointer, a standards link', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<div class="x22">Jesteśmy też na Facebooku! Zajrzyj do nas.</div><div class="x23"><span>分享到:</span><a href="#">微博</a></div><div class="x24"><b>Новости по теме:</b><a href="/2025/06/01/a">Мост закрыт на ремонт до осени</a></div><p class="x25">Our standards: <a href="https://owner.example/code">The Example Code of Practice</a></p>`,
    );
    expect(clutter.pending.map((removal) => removal.reason)).toEqual([
      "an invitation to follow the site's social-media page",
      'buttons to share the page',
      'links to other stories',
      "a pointer to the site's editorial standards",
    ]);
  });

  it('credit lines under the story, but not a sentence that opens with "Source:" or "По материалам"', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<p class="x26">Źródło: <a href="https://agency.example">Agencja Przykład</a></p><div class="x27">[编辑：王小明]</div><p>По материалам ленты новостей Example.ru http://www.example.ru/</p>`,
    );
    expect(logged(clutter)).toEqual([
      ['a credit line (source, editor)', 'Źródło: Agencja Przykład'],
      ['a credit line (source, editor)', '[编辑：王小明]'],
      [
        'a credit line (source, editor)',
        'По материалам ленты новостей Example.ru http://www.example.ru/',
      ],
    ]);
    for (const story of [
      '<p>Source: the harbour master, who said the ferry will run again. Nobody else would comment.</p>',
      '<p>По материалам дела, суд рассмотрит жалобу в марте. Адвокат заявил, что будет добиваться оправдания.</p>',
    ]) {
      expect(clutterOf(`<h1>T</h1>${STORY}${story}`).kinds).toEqual([]);
    }
  });

  it('a list of other stories with the title row it shares a box with', () => {
    const items = [
      'Council sells the old tram depot',
      'Harbour wall repairs start in May',
      'Library opens on Sundays again',
    ]
      .map(
        (title, i) =>
          `<li><h3><a href="/2025/06/1${i}/story-${i}">${title}</a></h3><p><a href="/by/ann">Ann Lee</a></p></li>`,
      )
      .join('');
    const row = `<div class="x40"><h2>Popular</h2><span class="x41"><span class="x42">swipe left to see more</span>Swipe →</span></div>`;
    const box = (title: string) =>
      `<section class="x43"><div class="x44">${title}<ol>${items}</ol></div></section>`;
    const { clutter } = clutterOf(
      `<h1>T</h1>${story[0]}${story[1]}${box(row)}${story[2]}${story[3]}`,
    );
    expect(logged(clutter)).toEqual([
      [
        'a list of other stories',
        'Popular swipe left to see moreSwipe → Council sells the old tram depot Ann Lee Harbour wall repairs start in May Ann…',
      ],
    ]);
    // A row with a link, or a sentence, is not a title row: the list goes alone.
    for (const other of [
      '<div class="x40"><h2><a href="/popular">Popular</a></h2><span class="x41">this week</span></div>',
      `<div class="x40"><h2>Popular</h2><span>The stories our readers opened most often in the last week, counted every hour of the day</span></div>`,
    ]) {
      const alone = clutterOf(
        `<h1>T</h1>${story[0]}${story[1]}${box(other)}${story[2]}${story[3]}`,
      );
      const entries = alone.clutter.pending.map(({ reason, text }) => `${reason}: ${text}`);
      expect(entries.map((entry) => entry.slice(0, 43))).toEqual([
        'a list of other stories: Council sells the ',
      ]);
    }
  });

  it('excerpts of forum posts on the story, but not a list of other stories', () => {
    const post = (title: string, author: string, words: string) =>
      `<li><a href="https://forum.example/w,22,1,${author}.html">${title}</a> <span>${author}</span> <span>05.01.12, 18:41</span><p>${words}<a href="https://forum.example/w,22,1,${author}.html">»</a></p></li>`;
    const posts = `<div class="x34"><ul>${post('Six colours of tea!', 'niteczka12', 'I have been a fan of green tea for a while now and gave up coffee for it')}${post('Re: Six colours of tea!', 'kerry81', 'Tea again? Somebody must have bought a lot of advertising here')}</ul></div>`;
    const { clutter } = clutterOf(`<h1>Six colours of tea!</h1>${STORY}${posts}`);
    expect(clutter.pending.map((removal) => [removal.kind, removal.text.slice(0, 26)])).toEqual([
      ['comments', 'Six colours of tea! nitecz'],
    ]);
    const others = posts.replace('Re: Six colours of tea!', 'Coffee prices rise again');
    expect(clutterOf(`<h1>Six colours of tea!</h1>${STORY}${others}`).kinds).toEqual([]);
  });

  it("the site's description of itself under its heading, when it names the site", () => {
    const about = `<div class="x30"><div class="x31"><h5><strong>Mission Statement</strong></h5><h6>PharmaPost.com is a leading portal for the pharmaceutical industry, with news, jobs and events.</h6><h6>Site content is produced by our editorial team for PharmaPost.com and our industry newspaper.</h6></div></div>`;
    const menu =
      '<ul class="x32"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>';
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x33">${STORY}</div>${about}${menu}`,
      'PharmaPost',
    );
    expect(clutter.pending.map((removal) => [removal.reason, removal.text.slice(0, 30)])).toEqual([
      ['the site describing itself (about us)', 'Mission Statement PharmaPost.c'],
    ]);
    // Without the site's name in the box (another site, or none known) it stays.
    expect(
      clutterOf(`<h1>T</h1><div class="x33">${STORY}</div>${about}`, 'Other News').kinds,
    ).toEqual([]);
    expect(clutterOf(`<h1>T</h1><div class="x33">${STORY}</div>${about}`).kinds).toEqual([]);
  });

  it('a rights notice box: its title and its contact lines go with it', () => {
    const notice =
      '凡注明来源为其他媒体的稿件，均为转载，转载并不代表本网赞同其观点，也不代表本网对其真实性负责；如有疑问请与本网联系，我们将尽快处理并给予答复，谢谢各位读者的理解与支持。';
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x28">${STORY}<p>声明：</p><p>${notice}</p><p>电话：010-1234567 传真：010-7654321<br>邮箱：desk@news.example</p></div>`,
    );
    expect(clutter.pending.map((removal) => removal.text.slice(0, 6))).toEqual([
      '声明：',
      notice.slice(0, 6),
      '电话：010',
    ]);
  });

  it('date lines with two dates, and in a lone list item; a fixtures table keeps its dates', () => {
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<div class="x29"><span>Publikacja: 22.05.2025 08:00 | Aktualizacja: 23.05.2025 10:15</span></div><ul class="x30"><li>05.06.2025, 14:45</li></ul><table><tr><td>06.06.2025</td><td>Town 2 : 1 Village</td></tr><tr><td>07.06.2025</td><td>City 0 : 0 Port</td></tr></table>`,
    );
    expect(logged(clutter)).toEqual([
      ['a date line', 'Publikacja: 22.05.2025 08:00 | Aktualizacja: 23.05.2025 10:15'],
      ['a date line', '05.06.2025, 14:45'],
    ]);
  });

  it('a showtimes widget, a comment box without a form, a Russian reprint notice', () => {
    const rows = ['The Long Winter', 'Harbour Lights', 'Nine Bridges']
      .map(
        (film, i) =>
          `<tr><td><a href="/films/${i}">${film}</a><div>1${i}:10, 1${i}:40, 2${i}:05 <a href="/films/${i}">more</a></div></td></tr>`,
      )
      .join('');
    const { clutter } = clutterOf(
      `<h1>T</h1>${STORY}<div class="x32"><h4>In cinemas today</h4><table>${rows}</table></div><div class="x33"><table><tr><td><textarea></textarea></td><td>Message *</td></tr><tr><td><input type="text"></td><td>Name *</td></tr></table></div><div class="x34">Пожалуйста, не перепечатывайте наши статьи целиком: ставьте ссылку на оригинал.</div>`,
    );
    expect(clutter.pending.map((removal) => [removal.reason, removal.text.slice(0, 16)])).toEqual([
      ['a listings widget (showtimes)', 'In cinemas today'],
      ['a form for posting a comment', 'Message * Name *'],
      ['a rights or reprint notice', 'Пожалуйста, не п'],
    ]);
    const embed = clutterOf(
      `<h1>T</h1>${STORY}<div class="x42"><b>Code for your blog:</b><textarea>&lt;h2&gt;The story&lt;/h2&gt;&lt;p&gt;Its first lines, to paste elsewhere.&lt;/p&gt;</textarea></div>`,
    );
    expect(embed.kinds).toEqual([]);
    // With a link back to the story, the code is the story to post on another site: the box
    // goes with its labels and tabs. An ad's scripts parked in a box are not that.
    const code = `&lt;div style="border:1px solid"&gt;&lt;h2&gt;&lt;a href="https://news.example/2025/06/12/harbour"&gt;Harbour wall to be rebuilt&lt;/a&gt;&lt;/h2&gt;&lt;p&gt;${'The council voted on Tuesday to rebuild the wall. '.repeat(4)}&lt;/p&gt;&lt;/div&gt;`;
    const republish = clutterOf(
      `<h1>T</h1>${STORY}<div class="x43"><h6>Republish this article</h6><ul><li>Blogger</li><li>WordPress</li></ul><div class="x44"><p>Show the code</p><textarea readonly>${code}</textarea></div></div>` +
        `<span class="x45"><textarea>&lt;script&gt;showAd("right.1")&lt;/script&gt;&lt;script&gt;showAd("right.2")&lt;/script&gt;</textarea></span>`,
    );
    expect(logged(republish.clutter)).toEqual([
      [
        'code to post the story on another site',
        'Republish this article Blogger WordPress Show the code <div style="border:1px solid"><h2><a…',
      ],
    ]);
    const timetable = clutterOf(
      `<h1>T</h1>${STORY}<p>The first ferries leave at 06:10, 06:40 and 07:05, the council said, and more will follow in summer.</p>`,
    );
    expect(timetable.kinds).toEqual([]);
  });

  it('the link lines under a "See also" heading set in the story\'s container', () => {
    const also = [1, 2, 3]
      .map(
        (i) =>
          `<p>0${i}.05.2025 10:1${i} <a href="/2025/05/0${i}/x">An older story about the bridge repairs, part ${i}</a></p>`,
      )
      .join('');
    const { clutter } = clutterOf(
      `<h1>T</h1><div class="x35">${STORY}<h3>Смотрите также</h3>${also}<p>Comments are closed. Only registered users can comment on this article.</p></div>`,
    );
    expect(logged(clutter)).toEqual([
      ['links to other stories', 'Смотрите также'],
      [
        'links to other stories',
        '01.05.2025 10:11 An older story about the bridge repairs, part 1',
      ],
      [
        'links to other stories',
        '02.05.2025 10:12 An older story about the bridge repairs, part 2',
      ],
      [
        'links to other stories',
        '03.05.2025 10:13 An older story about the bridge repairs, part 3',
      ],
      [
        'an invitation to comment',
        'Comments are closed. Only registered users can comment on this article.',
      ],
    ]);
    const signIn = clutterOf(
      `<h1>T</h1>${STORY}<div class="x37"><h3>Logowanie</h3><form><input type="text"><input type="password"><input type="submit" value="OK"></form></div><p class="x38">声明：本网登载此文出于传递更多信息之目的，并不意味着赞同其观点。</p>`,
    );
    expect(signIn.clutter.pending.map((removal) => removal.reason)).toEqual([
      'a sign-in form',
      'a rights or reprint notice',
    ]);
    const counter = clutterOf(`<h1>T</h1>${STORY}<span class="x36">Просмотров: 1 204</span>`);
    expect(counter.clutter.pending.map((removal) => removal.reason)).toEqual(['a view counter']);
  });

  it('drops a "related" container that holds the story itself', () => {
    const doc = new JSDOM(`<body><h1>T</h1><div class="x11">${STORY}</div></body>`, { url: URL })
      .window.document;
    const container = doc.querySelector('.x11')!;
    const clutter = findClutter(doc, {
      pageUrl: URL,
      baseUrl: URL,
      headline: doc.querySelector('h1'),
      related: [container],
    });
    expect(clutter.blocks.size).toBe(0);
  });
});

describe('unlabelled lists of other stories', () => {
  it('are found by their items: a headline link to another page of the site each', () => {
    const items = Array.from(
      { length: 4 },
      (_, i) =>
        `<li><a href="https://m.news.example/2025/06/1${i}/other-story-${i}">Another headline number ${i} here</a><span>12:0${i}</span></li>`,
    ).join('');
    const { kinds } = clutterOf(`<h1>T</h1>${STORY}<ul class="x12">${items}</ul>`);
    expect(kinds).toEqual(['related']);
  });

  it('or by a link opening each item and a summary cut short, wherever the links go', () => {
    const items = ['Weather', 'Crosswords', 'Recipes']
      .map(
        (name, i) =>
          `<li><a href="https://other${i}.example/">${name}</a> - Everything you need before you leave the house, and a little more…</li>`,
      )
      .join('');
    const { kinds } = clutterOf(`<h1>T</h1>${STORY}<ul class="x39">${items}</ul>`);
    expect(kinds).toEqual(['related']);
  });

  it('a teaser card on its own, by a heading that is a link to another story', () => {
    const card = `<div class="x40"><a href="/2025/05/01/ferry"><img src="/f.jpg" alt=""></a><div><h3><a href="/2025/05/01/ferry">How the old ferry was kept afloat</a></h3><div>11:13 01.05.2025</div><div>Volunteers patched the hull for three winters before the council paid for a refit.</div></div></div>`;
    const { clutter } = clutterOf(`<h1>T</h1><div class="x41">${STORY}${card}${STORY}</div>`);
    expect(clutter.pending.map((removal) => removal.reason)).toEqual(['a teaser of another story']);
    expect(clutter.pending[0]!.text).toMatch(/^How the old ferry .* Volunteers patched the hull/);
    // The whole card as one link around its picture and heading.
    const linked = `<div class="x42"><a href="/2025/05/01/ferry"><img src="/f.jpg" alt=""><h3>How the old ferry was kept afloat</h3></a><p>Volunteers patched the hull.</p></div>`;
    const around = clutterOf(`<h1>T</h1><div class="x41">${STORY}${linked}${STORY}</div>`);
    expect(logged(around.clutter)).toEqual([
      [
        'a teaser of another story',
        'How the old ferry was kept afloat Volunteers patched the hull.',
      ],
    ]);
    const section = clutterOf(`<h1>T</h1>${STORY}<h2><a href="/council">Council</a></h2>${STORY}`);
    expect(section.kinds).toEqual([]);
  });

  it('or by short topic links that each end in an arrow', () => {
    const topics = ['Elections', 'Weather', 'Town hall', 'Bridge']
      .map(
        (topic, i) =>
          `<li><a href="/topic-${i}"><img src="/t${i}.jpg" alt=""></a><h3><a href="/topic-${i}">${topic} <span>»</span></a></h3></li>`,
      )
      .join('');
    const { kinds } = clutterOf(`<h1>T</h1>${STORY}<ul class="x31">${topics}</ul>`);
    expect(kinds).toEqual(['related']);
  });
});
