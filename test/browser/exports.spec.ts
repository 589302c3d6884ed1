import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { todayInStockholm } from '../../apps/api/src/clock/clock.js';
import { apiCaller, mintToken, startApi, type ApiCaller, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';
import * as steps from './support/screen-steps.js';

const USERS = { viewer: 'Vera Översikt', planner: 'Petra Kundtjänst' } as const;
const ARTICLE_NO = 'EXP-ROLLATOR';

let api: RunningApi;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let admin: ApiCaller;
const tokens = {} as Record<keyof typeof USERS, string>;
const world = { personId: '', assetId: '', orderId: '', unitNumber: '' };

const projectionsCaughtUp = (): Promise<void> => steps.projectionsCaughtUp(api.baseUrl);

const signIn = (role: keyof typeof USERS): Promise<void> =>
  steps.signIn(page, api.baseUrl, { token: tokens[role], name: USERS[role] });

/** Clicks a download button and reads the file the browser saved. */
const downloaded = async (button: string): Promise<{ fileName: string; text: string }> => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
};

beforeAll(async () => {
  api = await startApi();
  for (const role of Object.keys(USERS) as (keyof typeof USERS)[]) tokens[role] = await mintToken(role, USERS[role]);
  admin = apiCaller(api.baseUrl, await mintToken('admin', 'Admin'));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);

  const today = todayInStockholm();
  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Rollator',
    isoCode: '12 06 06',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 90,
    purchasePriceSek: 2500,
  });
  world.personId = (
    await admin<{ id: string }>('POST', '/api/persons', {
      personnummer: '194907127775',
      sex: 'male',
      municipality: 'Sala',
    })
  ).id;
  world.orderId = (
    await admin<{ id: string }>('POST', '/api/orders', {
      personId: world.personId,
      articleNo: ARTICLE_NO,
      prescriberId: 'FS-7',
      priority: 2,
      plannedDeliveryDate: today,
      municipality: 'Sala',
      payerId: 'KUND-SALA',
    })
  ).id;
  world.assetId = (
    await admin<{ id: string }>('POST', '/api/assets', {
      articleNo: ARTICLE_NO,
      serialNumber: 'SN-EXPORT-1',
      location: 'VAS-HUVUDLAGER',
    })
  ).id;
  await admin('POST', `/api/orders/${world.orderId}/allocate`, { assetId: world.assetId });
  await admin('POST', `/api/assets/${world.assetId}/dispatch`, { orderId: world.orderId, routeId: 'R-SALA' });
  await admin('POST', `/api/assets/${world.assetId}/deliver`, { orderId: world.orderId, deliveredOn: today });
  world.unitNumber = (await admin<{ unitNumber: string }>('GET', `/api/assets/${world.assetId}`)).unitNumber;
  await projectionsCaughtUp();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe('downloads from the screens', () => {
  test('the dashboard downloads its deliveries per month as the CSV Swedish spreadsheets read', async () => {
    await signIn('viewer');
    await page.getByTestId('delivery-by-month').waitFor();
    const { fileName, text } = await downloaded('Ladda ner leveranser per månad som CSV');
    expect(fileName).toMatch(/^delivery-metrics-by-month-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = text.split('\r\n').filter((line) => line !== '');
    expect(header).toBe('\uFEFFmonth;deliveries;onPlannedDay;early;late;share;target');
    expect(rows).toEqual([`${todayInStockholm().slice(0, 7)};1;1;0;0;1;0,95`]);
    await screenshot(page, 'exports-dashboard');
  });

  test('customer service downloads the aid register, naming the person by id only', async () => {
    await signIn('planner');
    // Customer service opens on its own screen; the register is under the person screen.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Brukare', exact: true })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Hjälpmedelsregistret' }).waitFor();
    const { fileName, text } = await downloaded('Ladda ner hjälpmedelsregistret som CSV');
    expect(fileName).toMatch(/^aid-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = text.split('\r\n').filter((line) => line !== '');
    expect(header).toBe('\uFEFFassetId;unitNumber;serialNumber;articleNo;personId;since;orderId;municipality');
    expect(rows).toEqual([
      [
        world.assetId,
        world.unitNumber,
        'SN-EXPORT-1',
        ARTICLE_NO,
        world.personId,
        todayInStockholm(),
        world.orderId,
        'Sala',
      ].join(';'),
    ]);
    expect(text).not.toContain('194907127775');
  });
});
