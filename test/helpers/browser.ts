import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { corpusApp } from './server.js';

// Debian's Chromium (installed by .ci/run) against the real server over the bundled corpus.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = 'test/screenshots';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Session {
  browser: Browser;
  base: string;
  close: () => Promise<void>;
}

export async function startBrowser(): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`);
  const { app } = await corpusApp();
  const server: Server = createServer({ maxHeaderSize: 128 * 1024 }, app).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await mkdir(SHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

export const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });

/** axe-core on the page as it is now; the context must be made with bypassCSP: true. */
export async function assertAxeClean(page: Page, what: string): Promise<void> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`), [], what);
}

/** Starts the browser and the server before the suite it is called in, and stops them after. */
export function useBrowser(): { browser: Browser; base: string } {
  const live = {} as { browser: Browser; base: string };
  let session: Session | undefined;
  before(async () => {
    session = await startBrowser();
    live.browser = session.browser;
    live.base = session.base;
  });
  after(async () => {
    await session?.close();
  });
  return live;
}
