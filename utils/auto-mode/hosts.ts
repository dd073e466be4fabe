/**
 * Sites are keyed by a "registrable-ish" host: the page's hostname, lower-cased, without a
 * trailing dot and without one leading `www.` (www.bbc.co.uk and bbc.co.uk are one site).
 * Nothing else is stripped: news.example.com is its own key, and a rule on example.com covers
 * it too, because the rule's match patterns use `*.` (see `siteOrigins`).
 *
 * Pure: no browser API, so the detection script, the background and the pages share it.
 */

/** The site key for a hostname, or null when it is not one a rule can be kept for. */
export function siteKey(hostname: string): string | null {
  const host = hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (!host || host.length > 253) return null;
  if (isIpOrLocal(host)) return host;
  // Letters (any script, as browsers give punycode anyway), digits, hyphens; at least one dot.
  return /^(?!-)[a-z0-9-]{1,63}(?:\.(?!-)[a-z0-9-]{1,63})+$/.test(host) ? host : null;
}

/** The site key of a page URL (http and https only), or null. */
export function siteKeyOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return siteKey(parsed.hostname);
  } catch {
    return null;
  }
}

/** What a person types into "add a site": a host, or a whole URL. */
export function siteKeyOfInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text)
    ? siteKeyOfUrl(text)
    : siteKeyOfUrl(`https://${text}`);
}

function isIpOrLocal(host: string): boolean {
  return host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/**
 * The host match patterns a site rule asks permission for and registers: https and http, the
 * site and its subdomains. IP addresses and localhost take no `*.` (a pattern cannot have one).
 */
export function siteOrigins(key: string): string[] {
  const host = isIpOrLocal(key) ? key : `*.${key}`;
  return [`https://${host}/*`, `http://${host}/*`];
}

/** The key itself and each parent key (news.bbc.co.uk, bbc.co.uk, co.uk), most specific first. */
export function keyAndParents(key: string): string[] {
  if (isIpOrLocal(key)) return [key];
  const labels = key.split('.');
  const keys: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) keys.push(labels.slice(i).join('.'));
  return keys;
}

/** The pattern asking for exactly this page's host, for `permissions.contains`. */
export function pageOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}
