/**
 * Well-known news sites for auto mode, offered once on the welcome page (one permission request
 * for exactly these) and switchable in the options page. Each entry is a site key (see hosts.ts):
 * the pattern covers the site and its subdomains, so bbc.com includes bbc.com/mundo and
 * bbc.com/arabic. Portals that host far more than news are narrowed to their news host
 * (folha.uol.com.br, g1.globo.com). Only https: every site here serves its articles over it.
 */
export interface NewsSite {
  host: string;
  /** The main language of the site (BCP 47), for the options page and for the tests. */
  lang: string;
}

const site = (lang: string, hosts: string) =>
  hosts
    .trim()
    .split(/\s+/)
    .map((host): NewsSite => ({ host, lang }));

export const NEWS_SITES: readonly NewsSite[] = [
  ...site(
    'en',
    `bbc.co.uk bbc.com theguardian.com nytimes.com washingtonpost.com reuters.com apnews.com
     npr.org theatlantic.com economist.com independent.co.uk abc.net.au cbc.ca latimes.com
     politico.com irishtimes.com smh.com.au thehindu.com hindustantimes.com scmp.com
     japantimes.co.jp straitstimes.com aljazeera.com`,
  ),
  ...site(
    'es',
    `elpais.com elmundo.es lavanguardia.com eldiario.es clarin.com lanacion.com.ar infobae.com
     eltiempo.com eluniversal.com.mx`,
  ),
  ...site(
    'fr',
    `lemonde.fr lefigaro.fr liberation.fr francetvinfo.fr rfi.fr lapresse.ca letemps.ch`,
  ),
  ...site(
    'de',
    `spiegel.de zeit.de faz.net sueddeutsche.de tagesschau.de nzz.ch derstandard.at dw.com`,
  ),
  ...site('pt', `folha.uol.com.br g1.globo.com estadao.com.br publico.pt observador.pt`),
  ...site('it', `corriere.it repubblica.it lastampa.it ilpost.it ansa.it`),
  ...site('ar', `aljazeera.net alarabiya.net skynewsarabia.com aawsat.com`),
  ...site('zh', `thepaper.cn caixin.com zaobao.com.sg udn.com`),
  ...site('ja', `asahi.com mainichi.jp nikkei.com nhk.or.jp`),
  ...site('hi', `bhaskar.com jagran.com amarujala.com navbharattimes.indiatimes.com`),
  ...site('ko', `yna.co.kr hani.co.kr`),
  ...site('nl', `nos.nl volkskrant.nl`),
];

/** The https match pattern for one built-in site. */
export const newsSiteOrigin = (host: string) => `https://*.${host}/*`;

/** Host match patterns for the whole built-in list: what the welcome page asks for at once. */
export const NEWS_SITE_ORIGINS: readonly string[] = NEWS_SITES.map((entry) =>
  newsSiteOrigin(entry.host),
);

/** The built-in site a site key belongs to (itself or a parent), if any. */
export function builtInSiteOf(key: string): NewsSite | undefined {
  return NEWS_SITES.find((entry) => key === entry.host || key.endsWith(`.${entry.host}`));
}
