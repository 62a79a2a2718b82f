/**
 * The library in a browser page: bundles the ESM build (dist/, made by
 * `npm test` before vitest runs) with esbuild for the browser, loads it into
 * Debian's Chromium through playwright-core, runs the shared scenario there
 * and compares its JSON with the same scenario run in Node.
 */
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { scenario } from './scenario.js';

const CHROMIUM = '/usr/bin/chromium';
const ready = existsSync(CHROMIUM) && existsSync('dist/index.js');

describe.skipIf(!ready && !process.env.CI)('in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('gives the same answers as Node', async () => {
    const bundle = await build({
      stdin: {
        contents: "import * as lib from './dist/index.js'; import { scenario } from './test/browser/scenario.ts'; globalThis.__result = JSON.stringify(scenario(lib));",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const fromBrowser = await page.evaluate(() => (globalThis as unknown as { __result: string }).__result);
    expect(errors).toEqual([]);
    expect(JSON.parse(fromBrowser)).toEqual(JSON.parse(JSON.stringify(scenario(lib))));
    await page.close();
  });
});
