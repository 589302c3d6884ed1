import type { BrowserContext, Page } from 'playwright-core';
import { apiCaller, mintToken, startApi, type ApiCaller, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';

const ARTICLE_NO = 'DATE-120606';
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
/** Written as an American browser would write its own dates: 11/30/2026. */
const US_DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/;

const inThirtyDays = (): string => {
  const date = new Date(`${new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 30);
  return date.toISOString().slice(0, 10);
};

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let admin: ApiCaller;
let transportToken = '';
let auditorToken = '';
const plannedDay = inThirtyDays();
let assetId = '';

beforeAll(async () => {
  api = await startApi();
  admin = apiCaller(api.baseUrl, await mintToken('admin', 'Ada Admin'));
  transportToken = await mintToken('transport', 'Tomas Transport');
  auditorToken = await mintToken('auditor', 'Rut Revisor');
  chromium = await launchChromium({ locale: 'en-US' });
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);

  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Rollator, standard',
    isoCode: '12 06 06',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 120,
    purchasePriceSek: 2900,
    expectedLifetimeYears: 6,
  });
  const person = await admin<{ id: string }>('POST', '/api/persons', {
    personnummer: '19121212-1212',
    sex: 'female',
    municipality: 'Sala',
  });
  const order = await admin<{ id: string }>('POST', '/api/orders', {
    personId: person.id,
    articleNo: ARTICLE_NO,
    prescriberId: 'FS-1042',
    priority: 2,
    plannedDeliveryDate: plannedDay,
    municipality: 'Sala',
    payerId: 'KUND-SALA',
  });
  assetId = (
    await admin<{ id: string }>('POST', '/api/assets', {
      articleNo: ARTICLE_NO,
      serialNumber: 'SN-DATE-1',
      location: 'HMC-VASTERAS',
    })
  ).id;
  await admin('POST', `/api/orders/${order.id}/allocate`, { assetId });
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

const showRoute = async (): Promise<void> => {
  const day = page.getByLabel(/^(Dag|Day)$/);
  await day.fill(plannedDay);
  await page.getByRole('button', { name: /^(Visa körplan|Show route plan)$/ }).click();
  await page.locator(`[data-asset-id="${assetId}"]`).waitFor();
};

describe('dates in the screens’ language in a browser set to American English', () => {
  test('the Swedish screens write days as 2026-11-30, never 11/30/2026', async () => {
    expect(await page.evaluate<string>('navigator.language')).toBe('en-US');
    await page.goto(`${api.baseUrl}/`);
    await page.getByLabel('Åtkomsttoken').fill(transportToken);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Körplan' }).waitFor();
    await showRoute();

    // A day field is typed as the Swedish ISO form; the browser's own date field would show 11/30/2026.
    const dayField = page.getByLabel('Dag', { exact: true });
    expect(await dayField.getAttribute('type')).toBe('text');
    expect(await dayField.inputValue()).toBe(plannedDay);
    expect(await dayField.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');
    const planned = page.locator(`[data-asset-id="${assetId}"] time`).first();
    expect(await planned.textContent()).toBe(plannedDay);
    expect(await planned.getAttribute('datetime')).toBe(plannedDay);
    expect(await page.locator('main').innerText()).not.toMatch(US_DATE);
    await screenshot(page, 'dates-swedish-in-american-browser');
  });

  test('the English screens write days the British way, 30 Nov 2026', async () => {
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Route plan' }).waitFor();
    await showRoute();
    const [year, month, day] = plannedDay.split('-').map(Number);
    const planned = page.locator(`[data-asset-id="${assetId}"] time`).first();
    expect(await planned.textContent()).toBe(`${day} ${ENGLISH_MONTHS[month - 1]} ${year}`);
    expect(await page.getByLabel('Day', { exact: true }).getAttribute('placeholder')).toBe('YYYY-MM-DD');
    expect(await page.locator('main').innerText()).not.toMatch(US_DATE);
    await page.getByLabel('Language').selectOption('sv');
  });

  test("the auditor's instant is typed as 2026-11-30 14:05, never 11/30/2026, 2:05 PM", async () => {
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByLabel('Åtkomsttoken').fill(auditorToken);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskning' }).click();
    const finder = page.getByLabel('Skanna eller skriv hjälpmedels-id eller serienummer');
    await finder.fill(assetId);
    await finder.press('Enter');
    const instant = page.getByLabel('Datum och tid');
    expect(await instant.getAttribute('type')).toBe('text');
    expect(await instant.getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD TT:MM');
    expect(await instant.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await instant.fill('2020-01-01 12:00');
    await page.getByRole('button', { name: 'Visa status' }).click();
    await page.locator('.notice').filter({ hasText: 'inte känt i systemet' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(US_DATE);
  });
});
