import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * A static server on 127.0.0.1 for the end-to-end tests: fixture pages from tests/fixtures and any
 * extra routes a test adds (for generated pages). No test touches the network beyond it.
 */
export interface TestServer {
  origin: string;
  /** Serve `body` at `path` (HTML unless a content type is given). */
  route(path: string, body: string | (() => string), contentType?: string): void;
  /** Every path requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, { body: string | (() => string); type: string }>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(request.url ?? '/');
    const route = routes.get(path);
    if (route) {
      response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
      response.end(typeof route.body === 'function' ? route.body() : route.body);
      return;
    }
    // /fixtures/<name>/<file>, or /fixtures/<name>/ for its source.html
    const relative = normalize(decodeURIComponent(path)).replace(/^\/+fixtures\/?/, '');
    let file = join(FIXTURES, relative);
    if (!file.startsWith(FIXTURES) || !path.startsWith('/fixtures/')) {
      response.writeHead(404).end('not found');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'source.html');
    if (!existsSync(file)) {
      // Images referenced by fixtures need not exist: answer with a tiny transparent PNG.
      if (/\.(png|jpe?g|gif|webp|avif|svg)$/i.test(path)) {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(TRANSPARENT_PNG);
        return;
      }
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    route(path, body, type = 'text/html; charset=utf-8') {
      routes.set(path, { body, type });
    },
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

const TRANSPARENT_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
