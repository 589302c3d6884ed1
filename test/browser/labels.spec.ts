import type { BrowserContext, Page } from 'playwright-core';
import { apiCaller, mintToken, startApi, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';

const ARTICLE_NO = 'BT-LABEL-1';
const SERIAL_NUMBER = 'SN-LABEL-0001';
const UNIT_NUMBER = /^[0-9ACEFHJKMNPRWX]{7}$/;

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let unitNumber = '';
let assetId = '';

beforeAll(async () => {
  api = await startApi();
  const admin = apiCaller(api.baseUrl, await mintToken('admin', 'Ada Admin'));
  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Rollator, inomhus',
    isoCode: '12 06 06',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 120,
    purchasePriceSek: 3000,
  });
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${api.baseUrl}/`);
  await page.getByLabel('Åtkomsttoken').fill(await mintToken('warehouse', 'Lena Lager'));
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByTestId('signed-in-as').filter({ hasText: 'Lena Lager' }).waitFor();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lager' }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe('unit numbers and labels on the warehouse screen', () => {
  test('a received aid shows its unit number', async () => {
    await page.getByLabel('Artikel', { exact: true }).selectOption(ARTICLE_NO);
    await page.getByLabel('Serienummer', { exact: true }).fill(SERIAL_NUMBER);
    await page.getByRole('button', { name: 'Ta emot', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'mottaget med enhetsnummer' }).first().waitFor();
    unitNumber = ((await page.getByTestId('asset-unit-number').first().textContent()) ?? '').trim();
    assetId = ((await page.getByTestId('asset-id').first().textContent()) ?? '').trim();
    expect(unitNumber).toMatch(UNIT_NUMBER);
    expect(await page.getByRole('status').first().textContent()).toContain(unitNumber);
  });

  test('"Skriv ut etikett" fetches the label PDF with the token and opens it', async () => {
    // The answer as the API sent it, taken on its way to the page (Chromium keeps no body of a blob it handed on).
    const answered: { status: number; type: string; body: Buffer; authorization: string }[] = [];
    await page.route('**/label.pdf', async (route) => {
      const response = await route.fetch();
      answered.push({
        status: response.status(),
        type: response.headers()['content-type'] ?? '',
        body: await response.body(),
        authorization: route.request().headers().authorization ?? '',
      });
      await route.fulfill({ response });
    });
    const [tab] = await Promise.all([
      chromium.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Skriv ut etikett' }).click(),
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: `Etiketten för ${unitNumber}` })
      .first()
      .waitFor();
    await page.unroute('**/label.pdf');
    expect(answered).toHaveLength(1);
    const [label] = answered;
    expect(label.status).toBe(200);
    expect(label.type).toMatch(/^application\/pdf/);
    expect(label.authorization).toMatch(/^Bearer /);
    expect(label.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await tab.waitForURL((url) => url.protocol === 'blob:');
    await tab.close();
    await screenshot(page, 'labels-01-printed');
  });

  test('typing the unit number in the scan field finds the aid, however it is written', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByTestId('asset-card').count()).toBe(0);
    const field = page.getByLabel('Skanna eller skriv hjälpmedels-id eller serienummer');
    await field.fill(`${unitNumber.slice(0, 3).toLowerCase()}-${unitNumber.slice(3)}`);
    await field.press('Enter');
    await page.getByTestId('asset-unit-number').filter({ hasText: unitNumber }).first().waitFor();
    expect(((await page.getByTestId('asset-id').first().textContent()) ?? '').trim()).toBe(assetId);
    expect(
      await page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('name')"),
    ).toBe('assetQuery');
    await screenshot(page, 'labels-02-found-by-unit-number');
  });

  test('a code no aid has says so', async () => {
    const field = page.getByLabel('Skanna eller skriv hjälpmedels-id eller serienummer');
    await field.fill('FINNS-INTE-123');
    await field.press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'FINNS-INTE-123' }).first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Inget hjälpmedel hittades');
    expect(await page.getByTestId('asset-id').first().textContent()).toContain(assetId);
  });
});
