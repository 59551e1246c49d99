import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(process.argv[4] ?? 1280), height: 900 } });
await p.goto(process.argv[2]); await p.waitForTimeout(800);
await p.screenshot({ path: process.argv[3], fullPage: process.argv[5] === 'full' });
await b.close();
