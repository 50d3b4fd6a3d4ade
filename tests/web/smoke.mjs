// The web build in a real browser: serves the site on 127.0.0.1, opens it in Debian's headless
// Chromium (software WebGL2) and checks that the app draws the model, reports the pelvic tilt, moves
// it for weaker hamstrings, and speaks German when asked. Prints the load and frame-rate figures.
//   node smoke.mjs SITE_DIR OUT_DIR     (OUT_DIR gets balanced.png, german.png, weak-hamstrings.png)
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const [site, out] = process.argv.slice(2);
if (!site || !out) {
  console.error('usage: node smoke.mjs SITE_DIR OUT_DIR');
  process.exit(2);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.data': 'application/octet-stream' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  try {
    const body = await readFile(join(site, path || 'index.html'));
    res.writeHead(200, { 'Content-Type': types[extname(path)] || 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/index.html`;
await mkdir(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};

// Loads the page with a query string, waits for the first frame and for the picture to settle.
async function open(query) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + query);
  await page.waitForFunction(() => window.Module && Module.posturelabFrames > 0 || document.querySelector('#status.error'),
                             null, { timeout: 90000 });
  const failed = await page.evaluate(() => document.querySelector('#status.error')?.textContent);
  if (failed) throw new Error(`${query}: the app stopped: ${failed}`);
  const firstFrameMs = await page.evaluate(() => window.posturelabFirstFrameMs);
  const report = await settled(page);
  return { page, errors, firstFrameMs, report };
}

// Waits until no frame is drawn for a second (the pose glides, the UI settles), then returns what
// the interface showed.
async function settled(page) {
  let frames = -1;
  for (let i = 0; i < 60; i++) {
    const now = await page.evaluate(() => Module.posturelabFrames);
    if (now === frames) break;
    frames = now;
    await page.waitForTimeout(1000);
  }
  return JSON.parse(await page.evaluate(() => Module.UTF8ToString(Module._posturelab_ui_report())));
}

// Decodes a screenshot inside the page (which has the image decoder) and keeps its pixels there as
// window.posturelabShot = {c: {width, height}, d: RGBA bytes} for the next evaluate to read.
async function decodeInPage(page, png) {
  await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    window.posturelabShot = { c: { width: c.width, height: c.height }, d: g.getImageData(0, 0, c.width, c.height).data };
  }, png.toString('base64'));
}

// The centre of the topmost slider grab of the left panel: a run of at least 20 pixels of the
// theme's grab colour, taller than the radio buttons above it.
async function findFirstSliderGrab(page, png) {
  await decodeInPage(page, png);
  return page.evaluate(() => {
    const { c, d } = window.posturelabShot;
    const isGrab = (x, y) => {
      const i = (y * c.width + x) * 4;
      return Math.abs(d[i] - 96) < 16 && Math.abs(d[i + 1] - 178) < 16 && Math.abs(d[i + 2] - 170) < 16;
    };
    let best = null;
    for (let x = 0; x < Math.min(400, c.width); x++) {
      let run = 0;
      for (let y = 0; y < c.height; y++) {
        run = isGrab(x, y) ? run + 1 : 0;
        if (run === 20 && (!best || y - 10 < best.y)) best = { x, y: y - 10 };
      }
    }
    return best && { x: best.x + 3, y: best.y };
  });
}

// Counts the screenshot's pixels near a colour (shading darkens and lightens, so a wide box).
async function colourCounts(page, png) {
  await decodeInPage(page, png);
  return page.evaluate(() => {
    const { c, d } = window.posturelabShot;
    let bone = 0, muscle = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, gr, b] = [d[i], d[i + 1], d[i + 2]];
      if (r > 150 && gr > 130 && b > 90 && r - b > 25 && r - b < 110 && r >= gr) bone++;      // ivory
      if (r > 90 && r > gr * 1.7 && r > b * 1.7) muscle++;                                      // red
    }
    return { bone, muscle, total: d.length / 4 };
  });
}

const tilt = (report) => report.overlays?.find((o) => o.kind === 'pelvic_tilt')?.deg;

try {
  const balanced = await open('?preset=balanced');
  const png = await balanced.page.screenshot();
  await writeFile(join(out, 'balanced.png'), png);
  const counts = await colourCounts(balanced.page, png);
  console.log(`first frame ${balanced.firstFrameMs?.toFixed(0)} ms after navigation; ` +
              `bone ${counts.bone} px, muscle ${counts.muscle} px of ${counts.total}`);
  check(counts.bone > 2000, 'the bones are on the screen');
  check(counts.muscle > 2000, 'the muscles are on the screen');
  const balancedTilt = tilt(balanced.report);
  check(typeof balancedTilt === 'number', `the pelvic tilt is reported (${balancedTilt})`);
  check(balanced.report.language === 'en', 'English by default');
  check(balanced.errors.length === 0, `no console errors (${balanced.errors.join(' | ')})`);

  // Frame rate: ask for 40 frames drawn back to back and time them.
  const fps = await balanced.page.evaluate(async () => {
    const start = Module.posturelabFrames, t0 = performance.now();
    Module._posturelab_redraw(40);
    while (Module.posturelabFrames - start < 40 && performance.now() - t0 < 60000)
      await new Promise((r) => setTimeout(r, 50));
    return (Module.posturelabFrames - start) / ((performance.now() - t0) / 1000);
  });
  console.log(`frame rate at 1280x720: ${fps.toFixed(1)} frames/s`);
  check(fps > 0.5, 'frames keep coming');

  // An input event: the mouse drags the hamstring-strength slider (the first slider of the left
  // panel, found by its grab's colour) to the left; the model must follow and the tilt change.
  const grab = await findFirstSliderGrab(balanced.page, await balanced.page.screenshot());
  check(grab !== null, `the hamstring slider's grab is on the screen (${JSON.stringify(grab)})`);
  if (grab) {
    const page = balanced.page;
    await page.mouse.move(grab.x, grab.y);
    await page.waitForTimeout(500);
    await page.mouse.down();
    await page.waitForTimeout(500);
    await page.mouse.move(grab.x - 140, grab.y, { steps: 8 });
    await page.waitForTimeout(1000);
    await page.mouse.up();
    const report = await settled(page);
    await writeFile(join(out, 'dragged.png'), await page.screenshot());
    const hamstrings = report.inputs?.hamstrings;
    check(hamstrings < 80, `the drag lowered the hamstring strength (${hamstrings} %)`);
    check(Math.abs(tilt(report) - balancedTilt) > 1,
          `the reported tilt followed the slider (${balancedTilt} -> ${tilt(report)} deg)`);
    // Moving the slider ends the first-run welcome; that setting must survive a reload (IndexedDB).
    check(report.welcome_seen === true, 'moving a slider ends the welcome');
    await page.waitForTimeout(1500);  // the write to IndexedDB is asynchronous
    await page.reload();
    await page.waitForFunction(() => window.Module && Module.posturelabFrames > 0, null, { timeout: 90000 });
    const reloaded = await settled(page);
    check(reloaded.welcome_seen === true, 'the settings survive a reload of the page');
  }

  const weak = await open('?preset=weak-hamstrings');
  await writeFile(join(out, 'weak-hamstrings.png'), await weak.page.screenshot());
  const weakTilt = tilt(weak.report);
  check(typeof weakTilt === 'number' && Math.abs(weakTilt - balancedTilt) > 1,
        `?preset=weak-hamstrings opens a different tilt (${balancedTilt} vs ${weakTilt} deg)`);

  const german = await open('?preset=balanced&lang=de');
  await writeFile(join(out, 'german.png'), await german.page.screenshot());
  check(german.report.language === 'de', 'the query string opens the German interface');

  // A query the command line would refuse is shown on the page, not a blank canvas.
  const bad = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await bad.goto(base + '?hamstrings=400');
  await bad.waitForSelector('#status.error', { timeout: 90000 });
  const message = await bad.textContent('#status');
  check(message.includes('--hamstrings'), `a bad query names the option on the page ("${message}")`);
} catch (e) {
  console.log(`FAIL ${e.message}`);
  failures++;
}
await browser.close();
server.close();
process.exit(failures ? 1 : 0);
