import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { consumerExpectations } from './helpers/expected.js';
import { consumerProject, REPO_ROOT } from './helpers/package.js';
import { runOk } from './helpers/run.js';
import { serveStatic } from './helpers/static-server.js';

// Debian's chromium (.ci/run installs it); playwright-core ships no browser of its own.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const VITE = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

const outDir = mkdtempSync(path.join(tmpdir(), 'kdc-vite-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a browser app built by Vite from the packed tarball', () => {
  it('runs in headless Chromium and shows the same answers as the sources', { timeout: 300_000 }, async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (see .ci/run) or set CHROMIUM_PATH`);
    const project = await consumerProject();
    const expected = consumerExpectations();
    // A production build, whatever NODE_ENV vitest runs under.
    const built = await runOk(process.execPath, [VITE, 'build', path.join(project, 'browser'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: project,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    // Vite replaces Node built-ins with stubs that throw when used, and only warns at build time.
    expect(built.stdout + built.stderr).not.toMatch(/externalized for browser compatibility/);

    const server = await serveStatic(outDir);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
      // The app must be self-contained: anything not from our server is refused and reported.
      await page.route('**/*', (route) => {
        if (route.request().url().startsWith(server.url)) return route.continue();
        errors.push(`external request: ${route.request().url()}`);
        return route.abort();
      });
      await page.goto(server.url);
      const finished = await page.waitForSelector('body[data-status="done"]', { timeout: 30_000 }).then(
        () => true,
        () => false,
      );
      expect(errors).toEqual([]);
      expect(finished, 'main.js did not finish (no errors were reported)').toBe(true);
      const text = await page.textContent('#result');
      expect(JSON.parse(text ?? 'null')).toEqual({
        visits: expected.visits,
        visitsToKenya: expected.visitsToKenya,
        places: expected.places,
        agreements: expected.agreements,
        frozen: true,
        firstVisitBounds: expected.firstVisitBounds,
        queryVisitsToKenya: expected.queryVisitsToKenya,
        querySearchHits: expected.querySearchHits,
      });
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
