/**
 * `npm start`: Chromium with the freshly built Lector loaded, on a demo article served from
 * 127.0.0.1 (the seed page's fixture), with the reader opened on it. Close the browser to stop.
 * Without a display (a server, CI) it runs headless, saves a screenshot and exits.
 */
import { launchLector } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';

const DEMO = '/fixtures/seed-daily8/';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = await startServer();
const lector = await launchLector({ headless });
const page = await lector.open(`${server.origin}${DEMO}`);
console.log(`Lector is loaded. Demo article: ${server.origin}${DEMO}`);
const frame = await lector.openReader(page);
await frame.waitForSelector('[data-testid="article-body"]', { timeout: 15_000 }).catch(() => {});

if (headless) {
  const file = 'start-screenshot.png';
  await page.screenshot({ path: file });
  console.log(`No display here: ran headless and saved what the reader shows to ${file}.`);
  await lector.close();
  await server.close();
} else {
  console.log('The reader is open. Click the toolbar icon (or press Alt+Shift+R) to toggle it.');
  console.log('Close the browser window to stop.');
  lector.context.on('close', () => void server.close().then(() => process.exit(0)));
}
