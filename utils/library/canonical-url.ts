/**
 * The dedupe key of the reading list: the same article saved twice (from a share link with
 * tracking parameters, with a fragment, with an upper-case host) maps to one canonical URL.
 */

/** Query parameters that only say how the reader got there, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'mkt_tok',
  'wt_mc',
  'at_medium',
  'at_campaign',
  '__twitter_impression',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || lower.startsWith('pk_') || TRACKING_PARAMS.has(lower);
}

/**
 * Lower-case scheme and host (the URL parser does that), no fragment, no default port, no
 * tracking parameters, no trailing `?`. Path and the remaining query are kept as they are: on many
 * servers `/Article` and `/article` are different pages. A string that is not an absolute URL is
 * returned trimmed, so that it can still serve as a key.
 */
export function canonicalizeUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  url.hash = '';
  const tracking = Array.from(url.searchParams.keys()).filter(isTrackingParam);
  // `searchParams.delete` re-encodes the whole query, so touch it only when there is something
  // to drop: otherwise `?q=a+b` and `?q=a%20b` would stop being what the page used.
  for (const name of tracking) url.searchParams.delete(name);
  if (url.search === '?' || url.searchParams.size === 0) url.search = '';
  return url.href;
}

/** The host name without `www.`, used for the site filter when a page named no site. */
export function siteKeyOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
