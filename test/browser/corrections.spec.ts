import type { Locator, Page } from 'playwright-core';
import { apiCaller, mintToken, startApi, type ApiCaller, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';

let api: RunningApi;
let admin: ApiCaller;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let auditorToken: string;
const aid = { assetId: '', deliveredAt: 0, correctedAt: 0 };

const dayInStockholm = (daysAgo: number): string =>
  new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

const expectText = async (locator: Locator, expected: string): Promise<void> => {
  await locator.filter({ hasText: expected }).first().waitFor({ timeout: 10_000 });
};

beforeAll(async () => {
  api = await startApi();
  admin = apiCaller(api.baseUrl, await mintToken('admin', 'Ada Admin'));
  auditorToken = await mintToken('auditor', 'Rut Revisor');
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);

  const [placedOn, planned, wrongDay] = [dayInStockholm(6), dayInStockholm(3), dayInStockholm(1)];
  await admin('POST', '/api/articles', {
    articleNo: 'SÄNG-Ö1',
    name: 'Säng',
    isoCode: '18 12 07',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 300,
    purchasePriceSek: 9000,
  });
  const person = await admin<{ id: string }>('POST', '/api/persons', {
    personnummer: '19121212-1212',
    sex: 'female',
    municipality: 'Köping',
  });
  const order = await admin<{ id: string }>('POST', '/api/orders', {
    personId: person.id,
    articleNo: 'SÄNG-Ö1',
    prescriberId: 'FS-1',
    priority: 2,
    plannedDeliveryDate: planned,
    municipality: 'Köping',
    payerId: 'KUND-KÖPING',
    placedOn,
  });
  const asset = await admin<{ id: string }>('POST', '/api/assets', {
    articleNo: 'SÄNG-Ö1',
    serialNumber: 'SN-SÄNG-1',
    location: 'KÖPING-LAGER',
    receivedOn: placedOn,
  });
  aid.assetId = asset.id;
  await admin('POST', `/api/orders/${order.id}/allocate`, { assetId: asset.id, allocatedOn: placedOn });
  await admin('POST', `/api/assets/${asset.id}/dispatch`, {
    orderId: order.id,
    routeId: 'R-KÖPING',
    dispatchedOn: planned,
  });
  const delivered = await admin<{ streamRevision: number }>('POST', `/api/assets/${asset.id}/deliver`, {
    orderId: order.id,
    deliveredOn: wrongDay,
  });
  aid.deliveredAt = delivered.streamRevision;
  const corrected = await admin<{ streamRevision: number }>('POST', `/api/assets/${asset.id}/corrections`, {
    revision: delivered.streamRevision,
    field: 'deliveredOn',
    value: planned,
    reason: 'Registrerad med fel datum',
  });
  aid.correctedAt = corrected.streamRevision;
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe("the auditor's timeline", () => {
  it('shows a correction beside the event it corrects, and the correction points back at it', async () => {
    await page.goto(`${api.baseUrl}/`);
    await page.getByLabel('Åtkomsttoken').fill(auditorToken);
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.getByTestId('signed-in-as').filter({ hasText: 'Rut Revisor' }).waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Granskning' }).click();
    const input = page.getByLabel('Skanna eller skriv hjälpmedels-id eller serienummer');
    await input.fill(aid.assetId);
    await input.press('Enter');
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();

    const delivery = timeline.locator('[data-event-type="AidDelivered"]');
    await expectText(delivery.getByTestId('amended-by'), `Rättat till ${dayInStockholm(3)} den`);
    await expectText(delivery.getByTestId('amended-by'), 'Registrerad med fel datum');
    const correction = timeline.locator('[data-event-type="BusinessDateCorrected"]');
    await expectText(correction, 'Datum rättat');
    await expectText(
      correction.getByTestId('amends'),
      `Rättar #${aid.deliveredAt}: ${dayInStockholm(1)} → ${dayInStockholm(3)}`,
    );
    expect(await correction.locator('.timeline-head .mono').textContent()).toBe(`#${aid.correctedAt}`);
    await screenshot(page, 'auditor-correction');
  });
});
