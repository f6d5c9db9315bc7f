// Opens the HTML reference in headless Debian chromium (never a downloaded browser) and prints, as JSON, what a
// reader sees: how long the page took to load, that operations open on demand (a #op- link opens one, nothing
// else), what the search box leaves visible for each query given and what each option of each filter (area,
// tag, deployment) leaves visible; then, with every operation opened, the operations rendered, the deviations
// listed, console errors and network requests. Saves a screenshot.
// usage: [SCREENSHOT_AT=css-selector] node check-reference.cjs PAGE.html SCREENSHOT.png [QUERY ...]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
const FILTERS = ['filter-area', 'filter-tag', 'filter-deployment'];

const visibleOps = (page) => page.$$eval('section.operation', (els) => els
  .filter((e) => !e.hidden && e.offsetParent !== null)
  .map((e) => ({
    id: e.dataset.op, title: e.querySelector('h3').textContent,
    parameters: e.querySelectorAll('table.parameters tr').length - 1,
    fields: e.querySelectorAll('div.response table.fields tr').length - 1,
    requestFields: e.querySelectorAll('div.request-body table.fields tr').length - 1,
    hasRequestBody: e.querySelector('div.request-body') !== null,
    examples: e.querySelectorAll('details.example').length,
    sources: Array.from(e.querySelectorAll('ul.sources li')).map((li) => li.dataset.source),
    deployments: e.dataset.deployments ? e.dataset.deployments.split(' ') : [],
    security: Array.from(e.querySelectorAll('a[href^="#scheme-"]')).map((a) => a.textContent),
  })));

const visibleIds = (page) => page.$$eval('section.operation', (els) => els.filter((e) => !e.hidden && e.offsetParent !== null).map((e) => e.dataset.op));

const opened = (page) => page.$$eval('section.operation div.details', (els) => els
  .filter((e) => e.firstElementChild && !e.hidden).map((e) => e.closest('section').dataset.op));

async function filters(page) {
  const found = {};
  for (const id of FILTERS) {
    if (!(await page.$('#' + id))) continue;
    found[id] = {};
    const values = await page.$$eval(`#${id} option`, (options) => options.map((o) => o.value).filter(Boolean));
    for (const value of values) {
      await page.selectOption('#' + id, value);
      found[id][value] = await visibleIds(page);
    }
    await page.selectOption('#' + id, '');
  }
  return found;
}

async function main() {
  const [page_file, screenshot, ...queries] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    await page.goto('file://' + path.resolve(page_file), { waitUntil: 'load' });
    const timing = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { domInteractiveMs: Math.round(n.domInteractive), loadMs: Math.round(n.loadEventEnd), bytes: n.decodedBodySize };
    });
    const lazy = { openedAtLoad: await opened(page) };
    const last = await page.$$eval('section.operation', (els) => els[els.length - 1].dataset.op);
    await page.evaluate((id) => { location.hash = 'op-' + id; }, last);
    await page.waitForFunction((id) => document.getElementById('op-' + id).querySelector('div.details').firstElementChild !== null, last);
    lazy.openedByHash = await opened(page);
    lazy.hashTarget = last;
    // Search and filters before opening everything: each change lays the page out again.
    const search = {};
    for (const query of queries) {
      await page.fill('#search', query);
      search[query] = { operations: await visibleIds(page), count: await page.$eval('#search-count', (e) => e.innerText) };
    }
    await page.fill('#search', '');
    const filtered = await filters(page);
    await page.click('#expand-all');
    const operations = await visibleOps(page);
    const deviations = await page.$$eval('div.deviation', (els) => els.map((e) => ({ id: e.id, where: e.querySelector('.where').innerText, text: e.innerText })));
    const version = await page.$eval('#version', (e) => e.innerText);
    if (process.env.SCREENSHOT_AT) { await page.$eval(process.env.SCREENSHOT_AT, (e) => e.scrollIntoView({ block: 'start' })); }
    await page.screenshot({ path: screenshot });
    process.stdout.write(JSON.stringify({ version, timing, lazy, operations, deviations, errors, requests, search, filters: filtered }, null, 1) + '\n');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
