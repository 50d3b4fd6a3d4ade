// Opens peer.html in Debian's headless Chromium (playwright-core drives it) and prints the page's
// result as one JSON line. WebGL goes through ANGLE onto the system's OpenGL (Mesa's llvmpipe here),
// the renderer `posturelab bench` uses, not Chromium's own SwiftShader.
//   node run.mjs URL              (PEER_SCREENSHOT=F.png also saves the last frame)
import {chromium} from 'playwright-core';

const url = process.argv[2];
if (!url) {
  console.error('usage: node run.mjs URL');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist', '--enable-unsafe-swiftshader',
         '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', error => console.error('page error: ' + error));
  await page.goto(url);
  await page.waitForFunction(() => window.peerResult !== undefined, null, {timeout: 600000});
  const result = await page.evaluate(() => window.peerResult);
  console.log(JSON.stringify(result));
  if (process.env.PEER_SCREENSHOT) await page.screenshot({path: process.env.PEER_SCREENSHOT});
  if (result.error) process.exitCode = 1;
} finally {
  await browser.close();
}
