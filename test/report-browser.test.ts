/**
 * Opens the report of the report-basic fixture in headless Chromium (Debian's `chromium`, driven by playwright-core;
 * nothing is downloaded). Skipped, with a message, where /usr/bin/chromium is absent; CI installs it.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/index.js';
import { renderReport } from '../src/report/index.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run); there a missing browser is a failure, not a skip.
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: .ci/run must install Debian's chromium`);
if (!hasChromium) {
  console.warn(`report-browser: ${CHROMIUM} not found, browser test skipped (install it: apt-get install -y --no-install-recommends chromium)`);
}
const SCREENSHOTS = resolve('test-output');

describe.skipIf(!hasChromium)('report in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'report-browser-'));
    const { path } = await renderReport('test/fixtures/datasets/report-basic', { out: join(dir, 'report.html'), standard: 'parser=xlsx' });
    url = pathToFileURL(path).href;
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1200, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const stat = (id: string) => page.locator(`[data-stat="${id}"] .value`).innerText();

  it('renders the overview numbers', async () => {
    expect(await Promise.all(['files', 'items', 'documents', 'errors', 'warnings', 'infos'].map(stat))).toEqual(['5', '20', '1', '2', '5', '3']);
    for (const id of ['overview', 'quality', 'cleaning', 'fields', 'coverage', 'annual', 'items']) {
      await expect(page.locator(`section#${id} h2`).isVisible()).resolves.toBe(true);
    }
  });

  it('renders coverage per publisher', async () => {
    const rows = await page.locator('#coverage > .scroll table tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['local/b.txt', '4', '2', '5', '2', '28.6%'],
      ['某县人力资源和社会保障局', '8', '5', '2', '2', '71.4%'],
    ]);
  });

  it('pages and filters the embedded tables', async () => {
    const items = page.locator('#table-items');
    await expect(items.locator('.count').innerText()).resolves.toContain('21 条 rows');
    await expect(items.locator('tbody tr').count()).resolves.toBe(21);
    await items.locator('input').fill('社保卡');
    await expect.poll(() => items.locator('.count').innerText()).toContain('2 条 rows');
    // The hostile name is shown as text, not run.
    await items.locator('input').fill('alert');
    await expect.poll(() => items.locator('tbody tr').count()).toBe(1);
    await expect(items.locator('tbody').innerText()).resolves.toContain('</script><script>alert("xss")</script>');

    await page.locator('#quality a.filter-link', { hasText: 'clean/spam-substitution' }).first().click();
    const diagnostics = page.locator('#table-diagnostics');
    await expect.poll(() => diagnostics.locator('.count').innerText()).toContain('2 条 rows');
  });

  it('highlights the annual-report findings', async () => {
    await expect(page.locator('#annual tr.flagged th').allInnerTexts()).resolves.toEqual(['r7', 'review']);
  });

  it('saves a desktop screenshot', async () => {
    await page.screenshot({ path: join(SCREENSHOTS, 'report-desktop.png'), fullPage: true });
  });

  it('fits a phone-width window without horizontal overflow', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload({ waitUntil: 'load' });
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-phone.png'), fullPage: true });
  });

  it('made no network request and logged no error', () => {
    expect([...new Set(requests)]).toEqual([url]);
    expect(problems).toEqual([]);
  });

  it('renders the report of the samples with the totals ingest computed', async () => {
    const dataset = join(dir, 'samples-dataset');
    const { totals } = await ingest({ inputs: ['samples'], out: dataset });
    const { path } = await renderReport(dataset, { out: join(dir, 'samples.html') });
    const samplesUrl = pathToFileURL(path).href;
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(samplesUrl, { waitUntil: 'load' });
    const shown = await Promise.all(['files', 'items', 'documents', 'errors', 'warnings', 'infos'].map(stat));
    expect(shown.map(Number)).toEqual([totals.files, totals.items, totals.documents, totals.errors, totals.warnings, totals.infos]);
    await expect(page.locator('#table-items .count').innerText()).resolves.toContain(`${totals.items + totals.documents} 条 rows`);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-samples.png'), fullPage: true });
    expect([...new Set(requests)]).toEqual([url, samplesUrl]);
    expect(problems).toEqual([]);
  });
});
