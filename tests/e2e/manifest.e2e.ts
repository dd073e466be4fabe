import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Least privilege, checked on the manifests `npm run build` produced (security.md, rule 6): the
 * exact permission set, no host access up front, a tight CSP for extension pages, and nothing
 * web-accessible beyond the reader page, which Chrome serves only under a per-session URL.
 */
const OUTPUT = resolve(import.meta.dirname, '..', '..', '.output');
const read = (dir: string) =>
  JSON.parse(readFileSync(resolve(OUTPUT, dir, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;

const EXPECTED_PERMISSIONS = [
  'activeTab',
  'contextMenus',
  'scripting',
  'storage',
  'unlimitedStorage',
];

describe.each([
  ['chrome-mv3', 'chrome'],
  ['firefox-mv3', 'firefox'],
])('%s manifest', (dir, browser) => {
  const manifest = read(dir);

  it('asks for exactly the permissions Lector needs, and no host access up front', () => {
    const permissions = [...((manifest.permissions as string[]) ?? [])]
      .filter((p) => p !== 'sidePanel')
      .sort();
    expect(permissions).toEqual(EXPECTED_PERMISSIONS);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.content_scripts ?? []).toEqual([]);
    // Host access for auto mode is only ever optional, asked per site at run time.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('has a tight CSP for extension pages', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:\/\/[^\s;]*\s*(;|$)/);
  });

  it('makes only the reader page web-accessible, with a per-session URL where supported', () => {
    const resources = manifest.web_accessible_resources as {
      resources: string[];
      matches: string[];
      use_dynamic_url?: boolean;
    }[];
    expect(resources).toHaveLength(1);
    expect(resources[0]?.resources).toEqual(['reader.html']);
    expect(resources[0]?.matches).toEqual(['http://*/*', 'https://*/*']);
    if (browser === 'chrome') expect(resources[0]?.use_dynamic_url).toBe(true);
  });

  it('is closed to other extensions and web pages', () => {
    // Firefox has no externally_connectable: other extensions and pages cannot message Lector.
    if (browser === 'chrome')
      expect(manifest.externally_connectable).toEqual({ ids: [], matches: [] });
    else expect(manifest.externally_connectable).toBeUndefined();
  });
});
