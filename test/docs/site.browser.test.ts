/**
 * The documentation site, read the way a reader reads it: served over HTTP and opened in
 * headless Chromium. Every page loads without a console error, every internal link and anchor
 * resolves, search finds records by name, and the figures render. Run `npm run docs` first;
 * a missing site is a failure, not a skip, because the build always makes it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page, type Request, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const siteDir = path.join(root, 'docs', 'site');
const screenshotDir = path.join(root, 'artifacts', 'screenshots');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Every file of the site, relative to it, with forward slashes. */
function siteFiles(): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** A static file server on 127.0.0.1 and a free port, serving only files inside the site. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(siteDir, relative);
    if (!file.startsWith(siteDir + path.sep) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const idsCache = new Map<string, Set<string>>();
/** Element ids in a file, i.e. the anchors a link may target. */
function idsIn(relative: string): Set<string> {
  let ids = idsCache.get(relative);
  if (!ids) {
    const text = readFileSync(path.join(siteDir, relative), 'utf8');
    ids = new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1] ?? ''));
    idsCache.set(relative, ids);
  }
  return ids;
}

/** Internal links of a page that do not resolve to an existing file (and anchor). */
function brokenLinks(page: string, files: ReadonlySet<string>): string[] {
  const text = readFileSync(path.join(siteDir, page), 'utf8');
  const broken: string[] = [];
  for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = (match[1] ?? '').replace(/&amp;/g, '&');
    if (link === '' || link === '#' || /^[a-z][a-z0-9+.-]*:/i.test(link)) continue;
    const [target = '', anchor] = link.split('#');
    const resolved = target === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), decodeURIComponent(target)));
    if (!files.has(resolved)) broken.push(`${link} (no file ${resolved})`);
    else if (anchor && resolved.endsWith('.html') && !idsIn(resolved).has(decodeURIComponent(anchor))) broken.push(`${link} (no anchor #${anchor})`);
  }
  return broken;
}

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(path.join(siteDir, 'index.html'))) throw new Error('docs/site is missing: run `npm run docs` (the build makes it) before this test');
  server = await serve();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * Opens a page and resolves with its console errors, uncaught exceptions and failed requests.
 * A failed request is reported with its URL (the console message for it has none); the
 * browser's own favicon probe is not a request of the site and is ignored.
 */
async function open(page: Page, relative: string): Promise<string[]> {
  const errors: string[] = [];
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  };
  const onError = (error: Error): void => {
    errors.push(error.message);
  };
  const onResponse = (response: Response): void => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  };
  const onFailed = (request: Request): void => {
    if (!request.url().endsWith('/favicon.ico')) errors.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  await page.goto(base + relative, { waitUntil: 'load' });
  page.off('console', onConsole);
  page.off('pageerror', onError);
  page.off('response', onResponse);
  page.off('requestfailed', onFailed);
  return errors;
}

describe('documentation site in a browser', () => {
  it('has the guides, the data reference, the figures and the API', () => {
    const files = siteFiles();
    for (const expected of ['index.html', 'documents/Guides.html', 'documents/Data_reference.html', 'documents/Figures.html', 'documents/Data_reference.Data_dictionary.html', 'media/timeline.svg', 'media/network.svg']) {
      expect(files).toContain(expected);
    }
  });

  it('resolves every internal link and anchor on every page', () => {
    const files = siteFiles();
    const set = new Set(files);
    const broken = files.filter((file) => file.endsWith('.html')).flatMap((file) => brokenLinks(file, set).map((link) => `${file}: ${link}`));
    expect(broken).toEqual([]);
  });

  it('loads every HTML page without a console error', async () => {
    const pages = siteFiles().filter((file) => file.endsWith('.html'));
    const failures: string[] = [];
    // A few tabs in parallel: the site has a few hundred pages.
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const tab = await browser.newPage();
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          for (const error of await open(tab, next)) failures.push(`${next}: ${error}`);
        }
        await tab.close();
      }),
    );
    expect(failures).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
  }, 600_000);

  for (const [term, expected] of [
    ['Kahariri', 'charles-muriu-kahariri'],
    ['Manda Bay', 'manda-bay'],
  ] as const) {
    it(`search finds "${term}"`, async () => {
      const page = await browser.newPage();
      await open(page, 'index.html');
      await page.locator('#tsd-search-trigger').click();
      await page.locator('#tsd-search-input').fill(term);
      const results = page.locator('#tsd-search-results li');
      await results.first().waitFor({ timeout: 15_000 });
      const texts = await results.allInnerTexts();
      const hrefs = await page.locator('#tsd-search-results li a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      await page.close();
      expect(texts.join('\n').toLowerCase()).toContain(term.toLowerCase().split(' ')[0]);
      expect(hrefs.some((href) => href.includes(expected))).toBe(true);
    }, 60_000);
  }

  for (const pageName of ['documents/Figures.html', 'index.html']) {
    it(`renders the figures on ${pageName}`, async () => {
      const page = await browser.newPage();
      expect(await open(page, pageName)).toEqual([]);
      const images = page.locator('img[src*="timeline.svg"], img[src*="network.svg"]');
      await images.first().waitFor();
      const sizes = await images.evaluateAll((elements) =>
        elements.map((element) => {
          const image = element as HTMLImageElement;
          const box = image.getBoundingClientRect();
          return { src: image.getAttribute('src'), natural: image.naturalWidth, width: box.width, height: box.height, complete: image.complete };
        }),
      );
      await page.close();
      expect(sizes.length).toBe(2);
      for (const size of sizes) {
        expect(size.complete, String(size.src)).toBe(true);
        expect(size.natural, String(size.src)).toBeGreaterThan(0);
        expect(size.width * size.height, String(size.src)).toBeGreaterThan(0);
      }
    }, 60_000);
  }

  it('saves screenshots of the home page and a record page', async () => {
    mkdirSync(screenshotDir, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [relative, name] of [
      ['index.html', 'home.png'],
      ['documents/Data_reference.Agreements.kenya-us-defense-cooperation-framework-2023.html', 'agreement-kenya-us-framework.png'],
    ] as const) {
      expect(await open(page, relative)).toEqual([]);
      // TypeDoc shows the body once its script has run.
      await page.locator('.col-content').waitFor({ state: 'visible' });
      await page.screenshot({ path: path.join(screenshotDir, name), fullPage: false });
      expect(existsSync(path.join(screenshotDir, name))).toBe(true);
    }
    await page.close();
  }, 60_000);
});
