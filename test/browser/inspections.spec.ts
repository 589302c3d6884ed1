import type { BrowserContext, Page } from 'playwright-core';
import { addDays, addMonths } from '@aidledger/domain';
import { apiCaller, mintToken, startApi, type RunningApi } from './support/api-server.js';
import { launchChromium } from './support/chromium.js';
import { openScreen, projectionsCaughtUp, signIn, todayInStockholm } from './support/screen-steps.js';

const ARTICLE_NO = 'BT-LIFT-1';

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
const today = todayInStockholm();
const aids: Record<'overdue' | 'soon' | 'failed' | 'later', string> = { overdue: '', soon: '', failed: '', later: '' };

beforeAll(async () => {
  api = await startApi();
  const admin = apiCaller(api.baseUrl, await mintToken('admin', 'Ada Admin'));
  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Personlyft, mobil',
    isoCode: '12 36 03',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 600,
    purchasePriceSek: 32000,
    inspectionIntervalMonths: 12,
    expectedLifetimeYears: 10,
  });
  const receive = async (receivedOn: string, serialNumber: string) =>
    (
      await admin<{ id: string }>('POST', '/api/assets', {
        articleNo: ARTICLE_NO,
        serialNumber,
        location: 'VAS-HUVUDLAGER',
        receivedOn,
      })
    ).id;
  aids.overdue = await receive(addMonths(today, -13), 'SN-LIFT-1');
  aids.soon = await receive(addDays(addMonths(today, -12), 10), 'SN-LIFT-2');
  aids.failed = await receive(addMonths(today, -11), 'SN-LIFT-3');
  await admin('POST', `/api/assets/${aids.failed}/inspect`, { inspectedOn: today, passed: false });
  aids.later = await receive(addMonths(today, -10), 'SN-LIFT-4');
  await projectionsCaughtUp(api.baseUrl);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, api.baseUrl, { token: await mintToken('warehouse', 'Lena Lager'), name: 'Lena Lager' });
  await openScreen(page, 'Lager');
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

const rowOf = (assetId: string) => page.getByTestId('inspections-due').locator(`tr[data-asset-id="${assetId}"]`);
const listed = async () =>
  page
    .getByTestId('inspections-due')
    .locator('tbody tr[data-asset-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-asset-id')));

describe('the due list on the warehouse screen', () => {
  test('lists the aids due within 30 days, soonest first: the overdue one flagged', async () => {
    await page.getByRole('heading', { name: 'Besiktningar som förfaller' }).waitFor();
    await rowOf(aids.overdue).waitFor();
    expect(await listed()).toEqual([aids.overdue, aids.soon]);
    await expect(rowOf(aids.overdue).getAttribute('data-overdue')).resolves.toBe('true');
    await expect(rowOf(aids.overdue).textContent()).resolves.toContain('Försenad');
    await expect(rowOf(aids.soon).getAttribute('data-overdue')).resolves.toBe('false');
    await expect(rowOf(aids.soon).textContent()).resolves.toContain('VAS-HUVUDLAGER');
    await expect(page.getByTestId('inspections-due-count').textContent()).resolves.toBe('2 hjälpmedel');
  });

  test('a later day lists more, and an aid that failed its inspection shows it is out of service', async () => {
    await page.getByLabel('Förfaller före').fill(addMonths(today, 3));
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await rowOf(aids.later).waitFor();
    expect(await listed()).toEqual([aids.overdue, aids.soon, aids.failed, aids.later]);
    await expect(rowOf(aids.failed).textContent()).resolves.toContain('Ur drift');
    await expect(rowOf(aids.later).textContent()).resolves.not.toContain('Ur drift');
  });
});
