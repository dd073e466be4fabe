import { JSDOM } from 'jsdom';
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import { clobberingProblems, documentProblems, htmlProblems } from '../security/safe-html';

/**
 * The XSS gate's oracle, for a browser context with Lector loaded: any script that runs where it
 * must not, in any frame of any page (the visited page, its frames, the reader frame, Lector's
 * own pages), reports through a binding; requests to the canary host are caught; popups are
 * counted. What a frame's DOM holds is checked with the same rules as the property tests.
 */

/** A script call that should never have happened. */
export interface Execution {
  kind: string;
  detail: string;
  frameUrl: string;
}

/** Any URL on the canary host or the test server's canary path. */
export const CANARY = /^[a-z]+:\/\/([^/]*\.)?canary\.test(:\d+)?\/|\/canary\//i;

/** Installed in every frame before its own script: the oracle's functions and the hooks. */
function hooks() {
  const global = window as unknown as Record<string, unknown>;
  const report = (kind: string, detail: unknown) => {
    ((global.__lectorCalls ??= []) as string[]).push(`${kind}:${String(detail)}`);
    try {
      (global.__lectorReport as (kind: string, detail: string) => void)(kind, String(detail));
    } catch {
      // The binding is not there yet (very early in a frame): the list above keeps the call.
    }
  };
  const define = (name: string, value: unknown) => {
    try {
      Object.defineProperty(window, name, { value, writable: false, configurable: false });
    } catch {
      // Already defined by an earlier injection into the same frame.
    }
  };
  define('__lectorCanary', (id: unknown) => report('canary', id));
  define('alert', (message: unknown) => report('alert', message));
  define('confirm', (message: unknown) => (report('confirm', message), false));
  define('prompt', (message: unknown) => (report('prompt', message), null));
  define('open', (url: unknown) => (report('window.open', url), null));
}

export interface Oracle {
  executions: Execution[];
  canaryRequests: string[];
  /** Pages that some page opened (window.open, target=_blank followed by script, …). */
  popups: string[];
  /** Executions, canary requests and popups so far, as lines (empty: nothing happened). */
  findings(): string[];
  reset(): void;
}

export async function installOracle(context: BrowserContext): Promise<Oracle> {
  const oracle: Oracle = {
    executions: [],
    canaryRequests: [],
    popups: [],
    findings: () => [
      ...oracle.executions.map((e) => `executed ${e.kind}(${e.detail}) in ${e.frameUrl}`),
      ...oracle.canaryRequests.map((url) => `requested ${url}`),
      ...oracle.popups.map((url) => `popup ${url}`),
    ],
    reset() {
      oracle.executions.length = 0;
      oracle.canaryRequests.length = 0;
      oracle.popups.length = 0;
    },
  };
  await context.exposeBinding('__lectorReport', (source, kind: string, detail: string) => {
    oracle.executions.push({ kind, detail, frameUrl: source.frame.url() });
  });
  await context.addInitScript(hooks);
  const onRequest = (request: Request) => {
    if (!CANARY.test(request.url())) return;
    let from = 'a worker';
    try {
      from = request.frame().url();
    } catch {
      // A service worker's request has no frame.
    }
    const line = `${request.url()} (from ${from})`;
    if (!oracle.canaryRequests.includes(line)) oracle.canaryRequests.push(line);
  };
  context.on('request', onRequest);
  // A request the page's (or Lector's) CSP blocked never left the browser: it is not one.
  context.on('requestfailed', (request) => {
    if (!/^csp$|ERR_BLOCKED_BY_(CSP|RESPONSE|CLIENT)/i.test(request.failure()?.errorText ?? ''))
      return;
    const index = oracle.canaryRequests.findIndex((line) => line.startsWith(`${request.url()} `));
    if (index >= 0) oracle.canaryRequests.splice(index, 1);
  });
  await context.route(CANARY, async (route) => {
    onRequest(route.request());
    await route.fulfill({ status: 204, body: '' });
  });
  context.on('page', (page) => {
    void page.opener().then((opener) => {
      if (opener) oracle.popups.push(page.url());
    });
  });
  return oracle;
}

/** Calls a frame recorded itself (also those made before the binding reached it). */
export async function recordedCalls(frame: Frame | Page): Promise<string[]> {
  return frame
    .evaluate(() =>
      ((window as unknown as { __lectorCalls?: string[] }).__lectorCalls ?? []).slice(),
    )
    .catch(() => []);
}

export interface DomReport {
  /** Problems in the article body (the sanitizer's rules) and the rest of the page. */
  problems: string[];
  /** The article body's text, for coverage. */
  articleText: string;
}

/** Check the DOM of a Lector page (reader, library, side panel) as it is now. */
export async function checkLectorDom(frame: Frame | Page): Promise<DomReport> {
  const { html, article } = await frame.evaluate(() => ({
    html: document.documentElement.outerHTML,
    article: document.querySelector('[data-testid="article-body"]')?.innerHTML ?? null,
  }));
  const dom = new JSDOM(html);
  try {
    const doc = dom.window.document;
    const problems = documentProblems(doc);
    let articleText = '';
    if (article !== null) {
      problems.push(...htmlProblems(article, doc));
      const holder = doc.createElement('div');
      holder.innerHTML = article;
      problems.push(...clobberingProblems(holder));
      articleText = holder.textContent ?? '';
    }
    return { problems, articleText };
  } finally {
    dom.window.close();
  }
}

/**
 * Nodes added to the visited page from now on, outside Lector's own host element, as seen from
 * the page's main world. Returns a function that reads them.
 */
export async function watchPageMutations(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const added: string[] = [];
    (window as unknown as { __lectorAdded: string[] }).__lectorAdded = added;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) added.push(node.nodeName.toLowerCase());
        for (const node of Array.from(record.removedNodes))
          added.push(`removed ${node.nodeName.toLowerCase()}`);
        if (record.type === 'attributes')
          added.push(
            `attribute ${record.attributeName} on ${record.target.nodeName.toLowerCase()}`,
          );
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  return () =>
    page
      .evaluate(() =>
        (window as unknown as { __lectorAdded: string[] }).__lectorAdded.filter(
          (name) => name !== 'lector-reader' && name !== 'removed lector-reader',
        ),
      )
      .catch(() => ['(the page is gone)']);
}
