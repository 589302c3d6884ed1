import type { BrowserContext, Page } from 'playwright-core';
import { apiCaller, mintToken, startApi, type ApiCaller, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';
import * as steps from './support/screen-steps.js';
import { expectText, todayInStockholm } from './support/screen-steps.js';

const ARTICLE_NO = 'BT-PL-181203';
const ARTICLE_NAME = 'Rollator, inomhus';
/** Born 1950, a serial no other browser test uses; the Luhn digits are right. */
const NEW_PERSON = '19500312-2388';
const HOLDER = '19480706-4409';

const USERS = { planner: 'Petra Planerare', transport: 'Tomas Transport', warehouse: 'Lena Lager', admin: 'Ada Admin' };
type User = keyof typeof USERS;

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
const callers = {} as Record<User, ApiCaller>;
const tokens = {} as Record<User, string>;

type Created = { id: string; position: number };

const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
/** The day the order and the pickup are planned for: tomorrow, within transport's week. */
const ROUTE_DAY = addDays(todayInStockholm(), 1);

const projectionsCaughtUp = (): Promise<void> => steps.projectionsCaughtUp(api.baseUrl);

const signIn = (user: User): Promise<void> =>
  steps.signIn(page, api.baseUrl, { token: tokens[user], name: USERS[user] });

const openScreen = (name: string): Promise<void> => steps.openScreen(page, name);

const findPerson = async (personnummer: string): Promise<void> => {
  await page.getByLabel('Personnummer').fill(personnummer);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
};

const showRoute = async (day: string): Promise<void> => {
  await page.getByLabel('Dag', { exact: true }).fill(day);
  await page.getByRole('button', { name: 'Visa körplan' }).click();
};

const receiveAid = async (serialNumber: string): Promise<string> =>
  (
    await callers.warehouse<Created>('POST', '/api/assets', {
      articleNo: ARTICLE_NO,
      serialNumber,
      location: 'VAS-HUVUDLAGER',
    })
  ).id;

beforeAll(async () => {
  api = await startApi();
  for (const user of Object.keys(USERS) as User[]) {
    tokens[user] = await mintToken(user, USERS[user]);
    callers[user] = apiCaller(api.baseUrl, tokens[user]);
  }
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
  await callers.admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: ARTICLE_NAME,
    isoCode: '12 06 06',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 120,
    purchasePriceSek: 3000,
  });
  await projectionsCaughtUp();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe("customer service's screen and the transport route", () => {
  test('a person registered and an order placed on the planner screen lands on the route of its day', async () => {
    await signIn('planner');
    const offered = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
    expect(offered).toEqual(['Kundtjänst', 'Brukare', 'Översikt']);
    await expectText(page.getByRole('heading', { level: 1 }), 'Kundtjänst');

    await findPerson(NEW_PERSON);
    await expectText(page.locator('.notice-info'), 'Ingen brukare är registrerad');
    await page.getByLabel('Kön').selectOption('male');
    await page.getByLabel('Kommun').fill('Sala');
    await page.getByLabel('Namn').fill('Gustav Provsson');
    await page.getByLabel('Gatuadress').fill('Rådhusgatan 4');
    await page.getByLabel('Postnummer').fill('733 30');
    await page.getByLabel('Ort').fill('Sala');
    await page.getByLabel('Telefon').fill('0224-123 45');
    await page.getByRole('button', { name: 'Registrera' }).click();
    const person = page.getByTestId('planner-person');
    await person.waitFor();
    const personId = (await person.getAttribute('data-person-id')) ?? '';
    await expectText(page.getByTestId('person-contact'), 'Gustav Provsson');
    // The personnummer never goes into the address bar.
    expect(page.url()).not.toContain(NEW_PERSON.slice(2, 8));

    const order = page.getByTestId('place-order');
    await order.getByLabel('Artikel').selectOption(ARTICLE_NO);
    await order.getByLabel('Förskrivare').fill('FS-2001');
    await order.getByLabel('Prioritet').selectOption('1');
    await order.getByLabel('Planerad leveransdag').fill(ROUTE_DAY);
    await expect(order.getByLabel('Kommun').inputValue()).resolves.toBe('Sala');
    await order.getByLabel('Betalare (kund)').fill('KUND-SALA');
    await order.getByRole('button', { name: 'Lägg order' }).click();
    await expectText(page.getByRole('status'), 'Ordern är lagd.');
    const row = page.getByTestId('person-orders').locator('tr[data-order-id]');
    await expectText(row.getByTestId('order-stage'), 'Lagd – väntar på hjälpmedel');
    const orderId = (await row.getAttribute('data-order-id')) ?? '';
    const placed = await callers.planner<{
      items: { orderId: string; priority: number; plannedDeliveryDate: string }[];
    }>('GET', `/api/persons/${personId}/orders`);
    expect(placed.items).toEqual([
      expect.objectContaining({ orderId, priority: 1, plannedDeliveryDate: ROUTE_DAY, municipality: 'Sala' }),
    ]);
    await screenshot(page, 'planner-01-order-placed');

    const assetId = await receiveAid('SN-PL-0001');
    await callers.warehouse('POST', `/api/orders/${orderId}/allocate`, { assetId });
    await callers.transport('POST', `/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R-SALA-1' });
    await projectionsCaughtUp();
    await findPerson(NEW_PERSON);
    await expectText(page.getByTestId('order-stage'), `På turen ${ROUTE_DAY} (tur R-SALA-1)`);
    await screenshot(page, 'planner-02-order-dispatched');

    await signIn('transport');
    await showRoute(ROUTE_DAY);
    const stop = page.locator(`[data-testid="route-item"][data-asset-id="${assetId}"]`);
    await stop.waitFor();
    await expectText(stop.getByTestId('recipient'), 'Gustav Provsson');
    await expectText(stop.getByTestId('recipient'), 'Rådhusgatan 4');
    await screenshot(page, 'planner-03-on-the-route');
  });

  test('a pickup asked for on the planner screen is on the route of its day and picked up there', async () => {
    const holder = (
      await callers.planner<Created>('POST', '/api/persons', {
        personnummer: HOLDER,
        sex: 'female',
        municipality: 'Västerås',
        contact: {
          name: 'Hanna Hämtsson',
          address: { street: 'Kopparbergsvägen 20', postalCode: '722 13', city: 'Västerås' },
          phone: '021-55 66 77',
          protectedIdentity: false,
        },
      })
    ).id;
    const orderId = (
      await callers.planner<Created>('POST', '/api/orders', {
        personId: holder,
        articleNo: ARTICLE_NO,
        prescriberId: 'FS-2002',
        priority: 2,
        plannedDeliveryDate: todayInStockholm(),
        municipality: 'Västerås',
        payerId: 'KUND-VASTERAS',
      })
    ).id;
    const assetId = await receiveAid('SN-PL-0002');
    await callers.warehouse('POST', `/api/orders/${orderId}/allocate`, { assetId });
    await callers.transport('POST', `/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R-VAS-2' });
    await callers.transport('POST', `/api/assets/${assetId}/deliver`, { orderId, deliveredOn: todayInStockholm() });
    await projectionsCaughtUp();

    await signIn('planner');
    await openScreen('Kundtjänst');
    await findPerson(HOLDER);
    const aid = page.locator(`[data-testid="held-aids"] tr[data-asset-id="${assetId}"]`);
    await aid.waitFor();
    await aid.getByLabel('Hämtdag').fill(ROUTE_DAY);
    await aid.getByLabel('Orsak').fill('Behövs inte längre');
    await aid.getByRole('button', { name: 'Beställ hämtning' }).click();
    await expectText(page.getByRole('status'), 'Hämtordern är registrerad.');
    await expectText(aid.getByTestId('pickup-planned'), `Hämtas ${ROUTE_DAY}`);
    await screenshot(page, 'planner-04-pickup-requested');

    await signIn('transport');
    await showRoute(ROUTE_DAY);
    const pickup = page.locator(`[data-testid="pickup-item"][data-asset-id="${assetId}"]`);
    await pickup.waitFor();
    await expectText(pickup.getByTestId('recipient'), 'Hanna Hämtsson');
    await expectText(pickup, 'Behövs inte längre');
    await screenshot(page, 'planner-05-pickup-on-route');
    await pickup.getByRole('button', { name: 'Hämtad', exact: true }).click();
    await expectText(page.getByRole('status'), 'Hämtningen är registrerad.');
    await pickup.waitFor({ state: 'detached' });

    const state = await callers.transport<{ status: string; pickup?: unknown }>('GET', `/api/assets/${assetId}`);
    expect(state.status).toBe('awaitingReconditioning');
    expect(state).not.toHaveProperty('pickup');
    const history = await callers.admin<{ events: { type: string; data: { reason?: string } }[] }>(
      'GET',
      `/api/assets/${assetId}/history`,
    );
    expect(history.events.slice(-2).map((event) => [event.type, event.data.reason])).toEqual([
      ['PickupRequested', 'Behövs inte längre'],
      ['AidReturned', 'pickup'],
    ]);
  });
});
