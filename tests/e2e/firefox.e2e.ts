import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './server';

/**
 * Firefox ESR smoke test (puppeteer-core over WebDriver BiDi, no geckodriver): the built Firefox
 * add-on installs, and Lector's reading core runs in a Firefox content script on a served
 * fixture: detection and extraction. Extension pages and the toolbar click are tested in
 * Chromium; Firefox cannot be clicked from a test (../shared/notes/toolchain.md).
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON = resolve(import.meta.dirname, '..', '..', '.output', 'e2e', 'firefox-mv3');
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

interface Smoke {
  isArticle: boolean;
  title: string;
  siteName: string | null;
  publishedTime: string | null;
  paragraphs: string[];
  related: string[];
  removedKinds: string[];
}

let browser: Browser;
let server: TestServer;
let profile: string;

describe.skipIf(!existsSync(FIREFOX))('Firefox', () => {
  beforeAll(async () => {
    server = await startServer();
    profile = mkdtempSync(join(tmpdir(), 'lector-firefox-'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
    });
    await browser.installExtension(ADDON);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function smokeOf(path: string): Promise<Smoke> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    const handle = await page.waitForFunction(
      () => document.documentElement.getAttribute('data-lector-smoke'),
      {
        timeout: 15_000,
      },
    );
    const summary = JSON.parse((await handle.jsonValue()) as string) as Smoke;
    await page.close();
    return summary;
  }

  it('reads the seed article in a content script: six paragraphs, source, date, related', async () => {
    const expected = JSON.parse(
      readFileSync(resolve(FIXTURES, 'seed-daily8', 'expected.json'), 'utf8'),
    ) as {
      paragraphs: string[];
      related: { title: string }[];
    };
    const smoke = await smokeOf('/fixtures/seed-daily8/');
    expect(smoke.isArticle).toBe(true);
    expect(smoke.paragraphs.slice(-expected.paragraphs.length)).toEqual(expected.paragraphs);
    expect(smoke.publishedTime?.slice(0, 10)).toBe('2025-06-12');
    expect(smoke.related).toEqual(expected.related.map((item) => item.title));
    expect(smoke.removedKinds).toEqual(expect.arrayContaining(['logo', 'app-banner']));
  });

  it('says a home page is not an article', async () => {
    const smoke = await smokeOf('/fixtures/home-page/');
    expect(smoke.isArticle).toBe(false);
  });
});

/** The shipped Firefox build (`npm run build`), as addons.mozilla.org's linter judges it. */
const SHIPPED = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3');
const WEB_EXT = resolve(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'web-ext');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('web-ext lint', () => {
  it('finds no errors in the shipped Firefox build', () => {
    expect(existsSync(resolve(SHIPPED, 'manifest.json')), 'run `npm run build` first').toBe(true);
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const run = spawnSync(
      WEB_EXT,
      ['lint', '--source-dir', SHIPPED, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as {
      errors: LintMessage[];
      warnings: LintMessage[];
    };
    const line = (message: LintMessage) =>
      `${message.code}: ${message.message} (${message.file ?? 'manifest'})`;
    expect(report.errors.map(line)).toEqual([]);
    // Warnings are about innerHTML inside Preact and the sanitizer's inert document; printed
    // so that a new kind shows in the log.
    console.info(`web-ext lint warnings: ${report.warnings.map(line).join('; ') || 'none'}`);
  }, 120_000);
});
