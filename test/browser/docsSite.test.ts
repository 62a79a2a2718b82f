/**
 * The documentation site as its readers meet it: built by scripts/docs.mjs
 * into a temporary folder, served over HTTP by a small static server that,
 * like any real one, sends Last-Modified and answers revalidation with 304
 * (without that, reloads never come from the cache and the diagram fault
 * hides), and read in Debian's Chromium through playwright-core at a desktop
 * and a phone width.
 *
 * Every guide and a sample of API pages is opened cold, after a click in the
 * sidebar and after a reload. A page fails on any page or console error, a
 * Mermaid error graphic or an empty diagram, a page wider than the window, a
 * contents entry without words, or a local link that does not resolve (the
 * file, and the anchor in it).
 *
 * DOCS_SITE=folder reuses a site already built (`npm run docs`);
 * DOCS_SCREENSHOTS=folder saves a full-page PNG of each page at each width.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && existsSync('dist/index.js');

const GUIDES = ['Concepts', 'Scores', 'Cookbook', 'The_sample_organisation', 'Data_warehouses', 'FAQ'].map((name) => `documents/${name}.html`);
const API = ['index.html', 'functions/nps.html', 'functions/toMermaid.html', 'functions/scoreOrganization.html', 'classes/ClienteleError.html', 'interfaces/NpsResult.html'];
const PAGES = [...GUIDES, ...API];
const WIDTHS = [1400, 390] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A static server for `root` with Last-Modified and 304 answers to If-Modified-Since. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const modified = new Date(Math.floor(statSync(file).mtimeMs / 1000) * 1000);
    const since = request.headers['if-modified-since'];
    if (since !== undefined && new Date(since).getTime() >= modified.getTime()) {
      response.writeHead(304, { 'Last-Modified': modified.toUTCString() }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Last-Modified': modified.toUTCString() });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}

interface PageState {
  readonly overflow: number;
  readonly diagrams: { readonly width: number; readonly height: number; readonly nodes: number; readonly failed: boolean }[];
  readonly syntaxError: boolean;
  readonly contents: { readonly text: string; readonly href: string }[];
  readonly links: string[];
}

/** Waits until TypeDoc shows the body and the diagrams (if any) are drawn, then reads what a reader would see. */
async function read(page: Page): Promise<PageState> {
  await page.waitForFunction(() => document.body.style.display !== 'none' && document.documentElement.dataset.diagrams !== 'pending', undefined, { timeout: 30_000 });
  return page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    diagrams: Array.from(document.querySelectorAll('figure.diagram')).map((figure) => {
      const svg = figure.querySelector('svg');
      const box = svg?.getBoundingClientRect();
      return {
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        nodes: svg?.querySelectorAll('g.node').length ?? 0,
        failed: figure.querySelector('.diagram-failed') !== null,
      };
    }),
    syntaxError: /Syntax error in text/.test(document.body.innerText) || document.querySelector('[id^="d"] .error-icon, svg[aria-roledescription="error"]') !== null,
    contents: Array.from(document.querySelectorAll('.tsd-page-navigation a')).map((a) => ({ text: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })),
    links: Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).href),
  }));
}

/** Clicks the sidebar's link to `url` (the title link for the home page); on a phone the sidebar sits in a closed menu, so the click is dispatched. */
async function clickSidebar(page: Page, url: string): Promise<void> {
  await page.waitForSelector('.site-menu a', { state: 'attached' });
  const clicked = await page.evaluate((target) => {
    const link = Array.from(document.querySelectorAll<HTMLAnchorElement>('.site-menu a, a.title')).find((a) => a.href === target);
    link?.click();
    return link !== undefined;
  }, url);
  if (!clicked) throw new Error(`no sidebar link to ${url}`);
}

function problems(name: string, state: PageState, errors: string[]): string[] {
  const found = errors.map((error) => `${name}: ${error}`);
  if (state.overflow > 0) found.push(`${name}: page is ${state.overflow}px wider than the window`);
  if (state.syntaxError) found.push(`${name}: Mermaid error graphic`);
  state.diagrams.forEach((diagram, i) => {
    if (diagram.failed) found.push(`${name}: diagram ${i} failed`);
    if (diagram.width <= 16 || diagram.height <= 16 || diagram.nodes === 0) found.push(`${name}: diagram ${i} is empty (${diagram.width}×${diagram.height}, ${diagram.nodes} nodes)`);
  });
  for (const entry of state.contents) {
    if (!/\p{L}{2}/u.test(entry.text) || /^#_(-\d+)?$/.test(entry.href)) found.push(`${name}: contents entry "${entry.text}" → ${entry.href}`);
  }
  return found;
}

describe.skipIf(!ready && !process.env.CI)('the documentation site in Chromium over HTTP', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let root: string;
  let built: string | undefined;
  const links = new Set<string>();

  beforeAll(async () => {
    if (process.env.DOCS_SITE) root = normalize(join(process.cwd(), process.env.DOCS_SITE));
    else {
      built = mkdtempSync(join(tmpdir(), 'clientele-site-'));
      root = join(built, 'site');
      const run = spawnSync(process.execPath, ['scripts/docs.mjs', '--out', root, '--keep-sample', '--skipErrorChecking', '--treatWarningsAsErrors', 'false', '--logLevel', 'Error'], {
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`scripts/docs.mjs failed:\n${run.stdout}\n${run.stderr}`);
    }
    ({ server, origin } = await serve(root));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (built !== undefined) rmSync(built, { recursive: true, force: true });
  });

  for (const width of WIDTHS) {
    it(`reads well at ${width} px: cold, after a sidebar click and after a reload`, async () => {
      const found: string[] = [];
      const shots = process.env.DOCS_SCREENSHOTS;
      if (shots) mkdirSync(shots, { recursive: true });
      for (let i = 0; i < PAGES.length; i += 1) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
        });
        page.on('response', (response) => {
          if (response.url().startsWith(origin) && response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
        });
        const check = async (how: string): Promise<void> => {
          const state = await read(page);
          for (const link of state.links) links.add(link);
          found.push(...problems(`${new URL(page.url()).pathname} (${how}, ${width}px)`, state, errors.splice(0)));
        };
        await page.goto(`${origin}/${PAGES[i]}`);
        await check('cold');
        if (shots) await page.screenshot({ path: join(shots, `${width}-${PAGES[i]!.replace(/\//g, '_').replace(/\.html$/, '')}.png`), fullPage: true });
        // in-site navigation: the next page through its sidebar link (inside the menu on a phone)
        const next = PAGES[(i + 1) % PAGES.length]!;
        await Promise.all([page.waitForURL(`${origin}/${next}`), clickSidebar(page, `${origin}/${next}`)]);
        await check('sidebar click');
        await page.reload();
        await check('reload');
        await context.close();
      }
      expect(found).toEqual([]);
    }, 600_000);
  }

  it('draws the diagrams again and again: five rounds of navigating between them and reloading', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    const found: string[] = [];
    await page.goto(`${origin}/documents/Concepts.html`);
    for (let round = 1; round <= 5; round += 1) {
      for (const target of ['The_sample_organisation.html', 'Concepts.html']) {
        await Promise.all([page.waitForURL(`${origin}/documents/${target}`), clickSidebar(page, `${origin}/documents/${target}`)]);
        const state = await read(page);
        expect(state.diagrams.length, target).toBeGreaterThan(0);
        found.push(...problems(`${target} (round ${round}, click)`, state, errors.splice(0)));
        await page.reload();
        found.push(...problems(`${target} (round ${round}, reload)`, await read(page), errors.splice(0)));
      }
    }
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);

  it('has no local link that fails to resolve, file or anchor', () => {
    expect(links.size).toBeGreaterThan(100);
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    for (const href of links) {
      if (!href.startsWith(origin)) continue;
      const url = new URL(href);
      let file = join(root, decodeURIComponent(url.pathname));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        broken.push(href);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor === '' || !file.endsWith('.html')) continue;
      if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)));
      if (!ids.get(file)!.has(anchor)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});
