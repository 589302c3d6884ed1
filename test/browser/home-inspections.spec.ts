import type { BrowserContext, Page } from 'playwright-core';
import { addDays, addMonths } from '@aidledger/domain';
import { apiCaller, mintToken, startApi, type RunningApi } from './support/api-server.js';
import { launchChromium } from './support/chromium.js';
import { openScreen, projectionsCaughtUp, signIn, todayInStockholm } from './support/screen-steps.js';

const ARTICLE_NO = 'HOME-LIFT-1';

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
const today = todayInStockholm();
let liftOnLoan = '';
/** Received ten months ago with a yearly inspection: due at the holder's home in two months. */
const dueOn = addMonths(addMonths(today, -10), 12);

type Created = { id: string };

beforeAll(async () => {
  api = await startApi();
  const admin = apiCaller(api.baseUrl, await mintToken('admin', 'Ada Admin'));
  await admin('POST', '/api/payers', {
    payerId: 'KUND-VASTERAS',
    name: 'Västerås stad',
    kind: 'municipality',
    municipality: 'Västerås',
  });
  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Taklyft, fast monterad',
    isoCode: '12 36 12',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 820,
    purchasePriceSek: 41000,
    inspectionIntervalMonths: 12,
    expectedLifetimeYears: 10,
  });
  liftOnLoan = (
    await admin<Created>('POST', '/api/assets', {
      articleNo: ARTICLE_NO,
      serialNumber: 'SN-HOME-1',
      location: 'VAS-HUVUDLAGER',
      receivedOn: addMonths(today, -10),
    })
  ).id;
  const personId = (
    await admin<Created>('POST', '/api/persons', {
      personnummer: '19121212-1212',
      sex: 'female',
      municipality: 'Västerås',
    })
  ).id;
  const orderId = (
    await admin<Created>('POST', '/api/orders', {
      personId,
      articleNo: ARTICLE_NO,
      prescriberId: 'FS-1042',
      priority: 2,
      plannedDeliveryDate: today,
      municipality: 'Västerås',
      payerId: 'KUND-VASTERAS',
    })
  ).id;
  await admin('POST', `/api/orders/${orderId}/allocate`, { assetId: liftOnLoan });
  await admin('POST', `/api/assets/${liftOnLoan}/dispatch`, { orderId, routeId: 'R-07' });
  await admin('POST', `/api/assets/${liftOnLoan}/deliver`, { orderId, deliveredOn: today });
  await projectionsCaughtUp(api.baseUrl);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
  await signIn(page, api.baseUrl, { token: await mintToken('transport', 'Tomas Transport'), name: 'Tomas Transport' });
  await openScreen(page, 'Transport');
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

const showRoute = async (day: string): Promise<void> => {
  await page.getByLabel('Dag', { exact: true }).fill(day);
  await page.getByRole('button', { name: 'Visa körplan' }).click();
};

describe('inspections at the holder’s home on the transport screen', () => {
  it('the lift is on the route from its due day, not the day before', async () => {
    await showRoute(addDays(dueOn, -1));
    await page.getByText('Inga hjälpmedel att lasta, leverera eller hämta denna dag.').waitFor();
    expect(await page.getByTestId('home-inspection').count()).toBe(0);

    await showRoute(dueOn);
    const stop = page.locator(`[data-testid="home-inspection"][data-asset-id="${liftOnLoan}"]`);
    await stop.waitFor();
    expect(await stop.textContent()).toContain('Taklyft, fast monterad');
    expect(await stop.textContent()).toContain(dueOn);
    await page.getByRole('heading', { name: 'Besiktning hos brukare (1)' }).waitFor();
  });
});
