import { chromium } from 'playwright-core';
const [,, file, prefix, width] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width||1280), height: 900 } });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto('file://' + file);
for (const id of ['overview','quality','cleaning','fields','coverage','annual','items']) {
  await page.locator('#'+id).screenshot({ path: `${prefix}-${id}.png` });
}
await browser.close();
