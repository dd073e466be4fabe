/**
 * Posts and players a story embeds: which ones the reader keeps, and AMP's way of writing them.
 *
 * The reader shows no frames: the sanitizer turns every embed into a link to its address
 * (sanitize.ts, replaceEmbeds). Readability keeps only the embeds it is told are content, videos
 * by default; a social post quoted in the story, a chart or a podcast episode is content too, so
 * POSTS_AND_CHARTS names those. Share buttons and like boxes load from the same hosts (a tweet
 * button, facebook.com/plugins/like.php), so the addresses are a post's or a chart's own, not the
 * host's.
 *
 * AMP pages write such an embed as <amp-twitter data-tweetid="…">, <amp-youtube
 * data-videoid="…"> and the like, which only AMP's script fills in: Readability dropped them and
 * a live blog's post made of a heading and a tweet lost both (its author's name was left alone).
 * Each becomes an <iframe> of the post's own address.
 */
import { isHttpUrl } from '../http-url.ts';

/**
 * Posts, charts and podcasts Readability is to keep besides its own videos (see KEPT_EMBED in
 * article.ts, which joins the two).
 */
export const POSTS_AND_CHARTS = new RegExp(
  [
    // A post on X / Twitter, Instagram, Facebook, Bluesky, TikTok.
    '//(www\\.|mobile\\.)?(twitter|x)\\.com/(i/web|\\w{1,20})/status(es)?/\\d',
    '//(www\\.)?instagram\\.com/(p|reel|tv)/[\\w-]',
    '//(www\\.)?facebook\\.com/(plugins/(post|video)\\.php|[\\w.]+/(posts|videos)/)',
    '//embed\\.bsky\\.app/',
    '//(www\\.)?tiktok\\.com/embed/',
    // A video page on vimeo.com (Readability lists only its player's host).
    '//(www\\.)?vimeo\\.com/\\d',
    // Charts and maps (Datawrapper, Flourish, Infogram), podcasts and music.
    '//datawrapper\\.dwcdn\\.net/',
    '//flo\\.uri\\.sh/',
    '//e\\.infogram\\.com/',
    '//open\\.spotify\\.com/embed',
    '//w\\.soundcloud\\.com/player',
  ].join('|'),
  'i',
);

/** The attribute value when it has the shape an id of that kind has, else null. */
function idOf(amp: Element, attribute: string, shape: RegExp): string | null {
  const value = amp.getAttribute(attribute)?.trim() ?? '';
  return shape.test(value) ? value : null;
}

function httpAttribute(amp: Element, attribute: string): string | null {
  const value = amp.getAttribute(attribute)?.trim() ?? '';
  return isHttpUrl(value) ? value : null;
}

/** Each AMP embed element's own address, from the attribute that names what it shows. */
const AMP_ADDRESS: Readonly<Record<string, (amp: Element) => string | null>> = {
  'amp-twitter': (amp) => {
    const id = idOf(amp, 'data-tweetid', /^\d{1,25}$/);
    return id && `https://twitter.com/i/web/status/${id}`;
  },
  'amp-instagram': (amp) => {
    const code = idOf(amp, 'data-shortcode', /^[\w-]{1,40}$/);
    return code && `https://www.instagram.com/p/${code}/`;
  },
  'amp-youtube': (amp) => {
    const id = idOf(amp, 'data-videoid', /^[\w-]{6,20}$/);
    return id && `https://www.youtube.com/watch?v=${id}`;
  },
  'amp-vimeo': (amp) => {
    const id = idOf(amp, 'data-videoid', /^\d{1,15}$/);
    return id && `https://vimeo.com/${id}`;
  },
  'amp-facebook': (amp) => httpAttribute(amp, 'data-href'),
  'amp-iframe': (amp) => httpAttribute(amp, 'src'),
};

/** The AMP elements unwrapAmpEmbeds turns into frames. */
export const AMP_EMBED_NAMES: readonly string[] = Object.keys(AMP_ADDRESS);

/** Replace each AMP embed by an <iframe> of its address (one without an address goes). */
export function unwrapAmpEmbeds(amps: readonly Element[]): void {
  for (const amp of amps) {
    const address = AMP_ADDRESS[amp.localName]?.(amp) ?? null;
    if (!address) {
      amp.remove();
      continue;
    }
    const frame = amp.ownerDocument.createElement('iframe');
    frame.setAttribute('src', address);
    amp.replaceWith(frame);
  }
}
