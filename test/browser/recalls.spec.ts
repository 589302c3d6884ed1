import type { BrowserContext, Page } from 'playwright-core';
import { apiCaller, mintToken, startApi, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';

const ARTICLE_NO = 'BT-RECALL-1';
const SERIALS = ['SN-R-0101', 'SN-R-0102', 'SN-R-0103'];
const RECALL_ID = '7e3f4a1c-2b5d-4e6f-8a9b-0c1d2e3f4a5b';

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };

const today = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

const signIn = async (role: 'warehouse' | 'auditor', name: string, screen: string): Promise<Page> => {
  const page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${api.baseUrl}/`);
  await page.getByLabel('Åtkomsttoken').fill(await mintToken(role, name));
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: name }).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: screen }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
};

beforeAll(async () => {
  api = await startApi();
  const admin = apiCaller(api.baseUrl, await mintToken('admin', 'Ada Admin'));
  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Personlyft, mobil',
    isoCode: '12 36 03',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 900,
    purchasePriceSek: 30000,
  });
  for (const serialNumber of [...SERIALS, 'SN-R-0900'])
    await admin('POST', '/api/assets', { articleNo: ARTICLE_NO, serialNumber, location: 'VAS-HUVUDLAGER', lot: 'L-7' });
  // The projections follow the log on their own: wait until the asset index holds the four lifts.
  for (let attempt = 0; attempt < 100; attempt++) {
    const page = await admin<{ items: unknown[] }>('GET', `/api/assets?articleNo=${ARTICLE_NO}`);
    if (page.items.length === 4) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await admin('POST', '/api/recalls', {
    recallId: RECALL_ID,
    title: 'Lyftbygel kan spricka',
    articleNo: ARTICLE_NO,
    lots: ['L-7'],
    serialFrom: 'SN-R-0100',
    serialTo: 'SN-R-0199',
    action: 'inspect',
    issuedOn: today(),
  });
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe("a recall's progress", () => {
  test('the warehouse sees each recalled aid in stock with its action, and marks one done', async () => {
    const page = await signIn('warehouse', 'Lena Lager', 'Lager');
    const units = page.getByTestId('recall-units-inStock');
    await units.getByRole('row').filter({ hasText: 'Lyftbygel kan spricka' }).first().waitFor();
    const rows = units.getByRole('row').filter({ hasText: 'Lyftbygel kan spricka' });
    expect(await rows.count()).toBe(SERIALS.length);
    for (const text of await rows.allTextContents()) expect(text).toContain('Inspektera');
    const first = rows.first();
    await first.getByLabel('Resultat').fill('Bygeln hel');
    await first.getByRole('button', { name: 'Markera som klar' }).click();
    await page.getByRole('status').filter({ hasText: 'är markerad som klar' }).first().waitFor();
    await screenshot(page, 'recall-units-warehouse');
    await page.close();
  });

  test('the auditor reads affected, done and remaining', async () => {
    const page = await signIn('auditor', 'Rut Revisor', 'Granskning');
    const row = page.getByTestId('recall-progress').getByRole('row').filter({ hasText: 'Lyftbygel kan spricka' });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allTextContents()).map((cell) => cell.trim());
    // The lot's three lifts in the range are affected (the fourth lies outside it); one was marked done above.
    const affected = SERIALS.length;
    const done = 1;
    expect(cells.slice(-3)).toEqual([String(affected), String(done), String(affected - done)]);
    await screenshot(page, 'recall-progress-auditor');
    await page.close();
  });
});
