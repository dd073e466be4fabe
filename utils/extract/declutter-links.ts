/**
 * Clutter recognised by where it points or what it shows: links to app stores and to the share
 * dialogs of social networks, frames and images served by ad networks, store badges, logos.
 * These are properties of the web at large, not of one site's markup.
 */
import { sharedUrl } from './url-key.ts';

/** App stores and the deep-link services that send visitors to them. */
const APP_STORE_LINK =
  /^https?:\/\/(?:[\w-]+\.)*(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com\/store|appgallery\.huawei\.com|apps\.microsoft\.com|microsoft\.com\/store|galaxystore\.samsung\.com|onelink\.me|app\.link|app\.adjust\.com|smart\.link)/i;

/** Share dialogs ("intents") of social networks and messengers, and mail-a-friend links. */
const SHARE_LINK = new RegExp(
  [
    'facebook\\.com/(sharer|share\\.php|dialog/share|dialog/feed)',
    '(twitter|x)\\.com/(intent|share|home\\?status)',
    'linkedin\\.com/(sharearticle|sharing|cws/share|shareArticle)',
    'pinterest\\.[a-z.]+/pin/create',
    'reddit\\.com/submit',
    'wa\\.me/\\?',
    'api\\.whatsapp\\.com/send',
    'web\\.whatsapp\\.com/send',
    '^whatsapp:',
    't\\.me/share',
    'telegram\\.me/share',
    'vk\\.com/share',
    'connect\\.ok\\.ru',
    'service\\.weibo\\.com/share',
    'line\\.me/R/msg',
    'tumblr\\.com/(share|widgets/share)',
    'getpocket\\.com/(save|edit)',
    'bsky\\.app/intent',
    'threads\\.net/intent',
    'news\\.ycombinator\\.com/submitlink',
    'flipboard\\.com/bookmarklet',
    'mastodonshare',
    'xing\\.com/spi/shares',
    '^mailto:\\?',
    '^sms:\\?',
  ].join('|'),
  'i',
);

/** Hosts that serve advertising frames, scripts and images. */
const AD_HOST =
  /(?:^|\.)(doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google\.[a-z.]+|amazon-adsystem\.com|taboola\.com|outbrain\.com|criteo\.(com|net)|adnxs\.com|teads\.tv|smartadserver\.com|rubiconproject\.com|pubmatic\.com|moatads\.com|yieldmo\.com|revcontent\.com|mgid\.com|zergnet\.com)$/i;

/** Store badges: "Download on the App Store", "Get it on Google Play", "app-store", "play-store". */
const STORE_BADGE = /app[\s_-]?store|google[\s_-]?play|play[\s_-]?store|appgallery|galaxy store/i;

const LOGO = /(?:^|[\s_./-])logo(?:type)?(?:$|[\s_./-])/i;

export function isAppStoreLink(href: string): boolean {
  return APP_STORE_LINK.test(href.trim());
}

export function isShareLink(href: string): boolean {
  return SHARE_LINK.test(href.trim());
}

export function isAdUrl(url: string, base: string): boolean {
  const parsed = sharedUrl(url, base);
  return parsed !== null && AD_HOST.test(parsed.hostname);
}

/** An image showing an app-store badge (by its alt text or file name). */
export function isStoreBadge(img: Element): boolean {
  const alt = img.getAttribute('alt') ?? '';
  const src = img.getAttribute('src') ?? '';
  return STORE_BADGE.test(alt) || STORE_BADGE.test(src.split('/').pop() ?? '');
}

/** An image that says it is a logo: by its alt text, file name, or the words in its class. */
export function looksLikeLogo(img: Element): boolean {
  const alt = img.getAttribute('alt') ?? '';
  const file = (img.getAttribute('src') ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
  const words = `${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''}`;
  return LOGO.test(alt) || LOGO.test(file) || LOGO.test(words);
}

/** A link to the site's own home page ("/", or the bare origin). */
export function isHomeLink(link: Element, pageUrl: string): boolean {
  const href = link.getAttribute('href');
  if (href === null) return false;
  try {
    const target = new URL(href, pageUrl);
    const page = new URL(pageUrl);
    return target.host === page.host && /^\/?(index\.\w+)?$/.test(target.pathname);
  } catch {
    return false;
  }
}
