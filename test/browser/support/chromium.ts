import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve('test/browser/screenshots');

/**
 * Debian's Chromium with the flags this closed network needs; a fresh profile every run. `locale` is the
 * browser's own language (Swedish unless a test asks for another).
 */
export const launchChromium = async (
  options: { locale?: string } = {},
): Promise<{
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
      // The browser's own language, which its date fields follow whatever the page's language.
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? 'sv-SE',
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
