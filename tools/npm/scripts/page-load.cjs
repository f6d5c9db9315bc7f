// How long pages take to open in headless Debian chromium (bench/reference_load.py): for each page, in turn and
// `rounds` times, the time from navigation to the load event and until the page is ready: the later of the load
// event and the end of the last long task (over 50 ms) before the main thread stays quiet for a second, so a page
// that renders itself with script after loading counts its rendering. Also the bytes read and the requests that
// left the machine. Prints JSON.
// usage: ROUNDS=3 node page-load.cjs PAGE.html ...
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

async function once(context, file) {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.addInitScript(() => {
    window.__longTasksEnd = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.__longTasksEnd = Math.max(window.__longTasksEnd, task.startTime + task.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('file://' + path.resolve(file), { waitUntil: 'load', timeout: 120000 });
  const result = await page.evaluate(() => new Promise((resolve) => {
    const n = performance.getEntriesByType('navigation')[0];
    const started = performance.now();
    const check = () => {
      const quiet = performance.now() - Math.max(window.__longTasksEnd, n.loadEventEnd);
      if (quiet >= 1000 || performance.now() - started > 60000) {
        resolve({ loadMs: n.loadEventEnd, readyMs: Math.max(window.__longTasksEnd, n.loadEventEnd), bytes: n.decodedBodySize });
      } else {
        setTimeout(check, 100);
      }
    };
    check();
  }));
  await page.close();
  return { ...result, requests: requests.length };
}

async function main() {
  const files = process.argv.slice(2);
  const rounds = Number(process.env.ROUNDS || 3);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const runs = Object.fromEntries(files.map((f) => [f, []]));
    await once(context, files[0]); // warm-up: the browser's first page is slower whatever it is
    for (let round = 0; round < rounds; round++) {
      for (const file of files) runs[file].push(await once(context, file));
    }
    process.stdout.write(JSON.stringify(runs, null, 1) + '\n');
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
