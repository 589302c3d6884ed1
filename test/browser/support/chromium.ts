import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve('test/browser/screenshots');

/**
 * Debian's Chromium with the flags this closed network needs; a fresh profile every run. `locale` is the
 * browser's own language (Swedish unless a test asks for another).
 */
export const launchChromium = async ({ locale = 'sv-SE' }: { locale?: string } = {}): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> => {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'aidledger-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
    viewport: { width: 1280, height: 900 },
    locale,
    timezoneId: 'Europe/Stockholm',
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
};

export const screenshot = (page: Page, name: string): Promise<Buffer> =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
