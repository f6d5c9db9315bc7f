// Opens the HTML reference in headless Debian chromium (never a downloaded browser) and prints, as JSON,
// what a reader sees: the operations rendered, the deviations listed, console errors, network requests,
// and what the search box leaves visible for each query given. Saves a screenshot.
// usage: [SCREENSHOT_AT=css-selector] node check-reference.cjs PAGE.html SCREENSHOT.png [QUERY ...]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

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
    const visibleOps = () => page.$$eval('section.operation', (els) => els
      .filter((e) => !e.hidden && e.offsetParent !== null)
      .map((e) => ({ id: e.dataset.op, title: e.querySelector('h3').innerText, parameters: e.querySelectorAll('table.parameters tr').length - 1,
        fields: e.querySelectorAll('table.fields tr').length - 1, examples: e.querySelectorAll('details.example').length,
        security: e.innerText.includes('Security') ? Array.from(e.querySelectorAll('a[href^="#scheme-"]')).map((a) => a.innerText) : [] })));
    const operations = await visibleOps();
    const deviations = await page.$$eval('div.deviation', (els) => els.map((e) => ({ id: e.id, where: e.querySelector('.where').innerText, text: e.innerText })));
    const version = await page.$eval('#version', (e) => e.innerText);
    if (process.env.SCREENSHOT_AT) { await page.$eval(process.env.SCREENSHOT_AT, (e) => e.scrollIntoView({ block: 'start' })); }
    await page.screenshot({ path: screenshot });
    const search = {};
    for (const query of queries) {
      await page.fill('#search', query);
      search[query] = { operations: (await visibleOps()).map((o) => o.id), count: await page.$eval('#search-count', (e) => e.innerText) };
    }
    process.stdout.write(JSON.stringify({ version, operations, deviations, errors, requests, search }, null, 1) + '\n');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
