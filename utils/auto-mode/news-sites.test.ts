import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { siteKey } from './hosts';
import { builtInSiteOf, NEWS_SITE_ORIGINS, NEWS_SITES } from './news-sites';

// Chrome's grammar for a host permission: scheme, `*.` + host, path `/*`. No ports, no `<all_urls>`.
const HOST_PATTERN = /^https:\/\/\*\.([a-z0-9-]+\.)+[a-z]{2,}\/\*$/;

describe('the built-in news list', () => {
  it('has at least 50 sites in at least 8 languages', () => {
    expect(NEWS_SITES.length).toBeGreaterThanOrEqual(50);
    const langs = new Set(NEWS_SITES.map((site) => site.lang));
    for (const lang of ['en', 'es', 'fr', 'de', 'pt', 'it', 'ar', 'zh', 'ja', 'hi'])
      expect(langs).toContain(lang);
  });

  it('has no duplicates and no site covered by another', () => {
    const hosts = NEWS_SITES.map((site) => site.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts)
      expect(hosts.filter((other) => other !== host && host.endsWith(`.${other}`))).toEqual([]);
  });

  it.each(NEWS_SITE_ORIGINS.map((origin) => [origin]))('%s is a valid host pattern', (origin) => {
    expect(origin).toMatch(HOST_PATTERN);
    expect(() => new MatchPattern(origin)).not.toThrow();
  });

  it.each(NEWS_SITES.map((site) => [site.host]))(
    '%s is a site key matching its pattern',
    (host) => {
      expect(siteKey(host)).toBe(host);
      const pattern = new MatchPattern(`https://*.${host}/*`);
      expect(pattern.includes(`https://www.${host}/2026/11/29/a-story`)).toBe(true);
      expect(pattern.includes(`https://${host}/`)).toBe(true);
      expect(pattern.includes(`https://${host}.evil.example/`)).toBe(false);
    },
  );

  it('knows which site a key belongs to', () => {
    expect(builtInSiteOf('bbc.co.uk')?.host).toBe('bbc.co.uk');
    expect(builtInSiteOf('news.bbc.co.uk')?.host).toBe('bbc.co.uk');
    expect(builtInSiteOf('notbbc.co.uk')).toBeUndefined();
    expect(builtInSiteOf('uol.com.br')).toBeUndefined();
  });
});
