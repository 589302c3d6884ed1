import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SqliteEventStore } from '@aidledger/event-store';
import { AccessLog, type AccessEntry } from '../../apps/api/src/access-log/access-log.js';
import { apiCaller, mintToken, startApi, type ApiCaller, type Role, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';
import * as steps from './support/screen-steps.js';
import { expectText, todayInStockholm } from './support/screen-steps.js';

const ARTICLE_NO = 'BT-122203';
const PERSONNUMMER = '19121212-1212';
const MUNICIPALITY = 'Västerås';

const RECIPIENT = {
  name: 'Tyra Testsson',
  address: { street: 'Provgatan 7', postalCode: '722 10', city: 'Västerås' },
  phone: '070-174 06 42',
  deliveryNotes: 'Ring 30 min innan',
  protectedIdentity: false,
};

type StaffRole = Exclude<Role, 'finance' | 'payer'>;
const USERS: Record<StaffRole, string> = {
  warehouse: 'Lena Lager',
  transport: 'Tomas Transport',
  planner: 'Petra Planerare',
  auditor: 'Rut Revisor',
  viewer: 'Vera Läsare',
  admin: 'Ada Admin',
};

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let admin: ApiCaller;
const tokens = {} as Record<StaffRole, string>;

type Created = { id: string; position: number };
const state = { personId: '', orderId: '', assetId: '', serialNumber: 'SN-BROWSER-0001' };

const projectionsCaughtUp = (): Promise<void> => steps.projectionsCaughtUp(api.baseUrl);

const signIn = (role: StaffRole): Promise<void> =>
  steps.signIn(page, api.baseUrl, { token: tokens[role], name: USERS[role] });

const openScreen = (name: string): Promise<void> => steps.openScreen(page, name);

const scan = async (assetId: string): Promise<void> => {
  const input = page.getByLabel('Skanna eller skriv hjälpmedels-id eller serienummer');
  await input.fill(assetId);
  await input.press('Enter');
  await page.getByTestId('asset-id').filter({ hasText: assetId }).first().waitFor();
};

const statusOf = (scope: Page | Locator = page): Locator => scope.getByTestId('asset-status').first();

beforeAll(async () => {
  api = await startApi();
  for (const role of Object.keys(USERS) as StaffRole[]) tokens[role] = await mintToken(role, USERS[role]);
  admin = apiCaller(api.baseUrl, tokens.admin);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);

  // Master data and the order come from the planner's systems; the lifecycle itself goes through the screens.
  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Manuell rullstol, standard',
    isoCode: '12 22 03',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 350,
    purchasePriceSek: 12000,
    bulky: true,
    expectedLifetimeYears: 8,
  });
  state.personId = (
    await admin<Created>('POST', '/api/persons', {
      personnummer: PERSONNUMMER,
      sex: 'female',
      municipality: MUNICIPALITY,
      contact: RECIPIENT,
    })
  ).id;
  state.orderId = (
    await admin<Created>('POST', '/api/orders', {
      personId: state.personId,
      articleNo: ARTICLE_NO,
      prescriberId: 'FS-1042',
      priority: 2,
      plannedDeliveryDate: todayInStockholm(),
      municipality: MUNICIPALITY,
      payerId: 'KUND-VASTERAS',
    })
  ).id;
  await projectionsCaughtUp();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe('the screens against the real API', () => {
  test('a token that is not accepted is refused on the sign-in screen, a valid one signs in', async () => {
    await page.goto(`${api.baseUrl}/`);
    await page.getByLabel('Åtkomsttoken').fill('not-a-token');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expectText(page.getByRole('alert'), 'Token godtogs inte');
    await screenshot(page, '01-sign-in-refused');
    await signIn('warehouse');
    const offered = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
    expect(offered).toEqual(['Lager', 'Översikt']);
  });

  test('warehouse receives a new aid through the screen and allocates it to the open order', async () => {
    await signIn('warehouse');
    await openScreen('Lager');
    await page.getByLabel('Artikel', { exact: true }).selectOption(ARTICLE_NO);
    await page.getByLabel('Serienummer', { exact: true }).fill(state.serialNumber);
    await page.getByRole('button', { name: 'Ta emot', exact: true }).click();
    await expectText(page.getByRole('status'), `Hjälpmedel ${state.serialNumber} är mottaget`);
    await expectText(statusOf(), 'Klar i lager');
    state.assetId = ((await page.getByTestId('asset-id').first().textContent()) ?? '').trim();
    expect(state.assetId).toMatch(/^[0-9a-f-]{36}$/);

    const order = page.getByLabel('Öppen order');
    await order.waitFor();
    expect(await order.inputValue()).toBe(state.orderId);
    await screenshot(page, '02-warehouse-received');
    await page.getByRole('button', { name: 'Reservera', exact: true }).click();
    await expectText(page.getByRole('status'), 'Hjälpmedlet är reserverat till ordern.');
    await expectText(statusOf(), 'Reserverad');
  });

  test('a scanned id followed by Enter shows the aid and keeps focus on the scan field', async () => {
    await scan(state.assetId);
    const focused = await page.evaluate<string | null>(
      "document.activeElement && document.activeElement.getAttribute('name')",
    );
    expect(focused).toBe('assetQuery');
    await expectText(statusOf(), 'Reserverad');
    await screenshot(page, '03-warehouse-allocated');
  });

  test('a refused action shows its error in words and the screen shows the state the aid is in now', async () => {
    const second = await admin<Created>('POST', '/api/assets', {
      articleNo: ARTICLE_NO,
      serialNumber: 'SN-BROWSER-0002',
      location: 'HMC-VASTERAS',
    });
    await admin('POST', '/api/orders', {
      personId: state.personId,
      articleNo: ARTICLE_NO,
      prescriberId: 'FS-1042',
      priority: 3,
      plannedDeliveryDate: todayInStockholm(),
      municipality: MUNICIPALITY,
      payerId: 'KUND-VASTERAS',
    });
    await projectionsCaughtUp();
    await scan(second.id);
    await page.getByLabel('Öppen order').waitFor();
    // Meanwhile a colleague scraps the aid; the screen still offers to allocate it.
    await admin('POST', `/api/assets/${second.id}/scrap`, { scrappedOn: todayInStockholm(), reason: 'Ramen sprucken' });
    await page.getByRole('button', { name: 'Reservera', exact: true }).click();
    await expectText(page.getByRole('alert'), 'Åtgärden är inte möjlig: hjälpmedlet är nu ”Utrangerad”.');
    await expectText(statusOf(), 'Utrangerad');
    expect(await page.getByRole('button', { name: 'Reservera', exact: true }).count()).toBe(0);
    await screenshot(page, '04-warehouse-refused');
  });

  test('transport dispatches and delivers the aid from the route of the day', async () => {
    await signIn('transport');
    const offered = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents();
    expect(offered).toEqual(['Transport']);
    await openScreen('Transport');
    const item = page.locator(`[data-asset-id="${state.assetId}"]`);
    await item.waitFor();
    await expectText(page.getByRole('heading', { level: 2 }), 'Ej lastade');
    await expectText(item, todayInStockholm());
    await item.getByLabel('Tur (rutt-id)').fill('R-07');
    await screenshot(page, '05-transport-route');
    await item.getByRole('button', { name: 'Lastad' }).click();
    await expectText(page.getByRole('status'), 'Hjälpmedlet är lastat på turen.');
    await expectText(page.getByRole('heading', { level: 2 }), 'Tur R-07');
    await item.getByRole('button', { name: 'Levererad' }).waitFor();
    expect(await item.getByLabel('Levererad den').inputValue()).toBe(todayInStockholm());

    await page.setViewportSize({ width: 390, height: 844 });
    // The driver sees whom to go to, where, how to call them and what to think of.
    const recipient = item.getByTestId('recipient');
    for (const text of ['Tyra Testsson', 'Provgatan 7', '722 10 Västerås', '070-174 06 42', 'Ring 30 min innan'])
      await expectText(recipient, text);
    expect(await recipient.getByRole('link', { name: '070-174 06 42' }).getAttribute('href')).toBe('tel:0701740642');
    await screenshot(page, '06-transport-phone');
    const phoneWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(phoneWidth).toBeLessThanOrEqual(390);
    await item.getByRole('button', { name: 'Levererad' }).click();
    await expectText(page.getByRole('status'), 'Leveransen är registrerad.');
    await item.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('transport records a failed delivery with its reason and the next attempt', async () => {
    const other = await admin<Created>('POST', '/api/assets', {
      articleNo: ARTICLE_NO,
      serialNumber: 'SN-BROWSER-0003',
      location: 'HMC-VASTERAS',
    });
    const order = await admin<Created>('POST', '/api/orders', {
      personId: state.personId,
      articleNo: ARTICLE_NO,
      prescriberId: 'FS-1042',
      priority: 1,
      plannedDeliveryDate: todayInStockholm(),
      municipality: 'Sala',
      payerId: 'KUND-SALA',
    });
    await admin('POST', `/api/orders/${order.id}/allocate`, { assetId: other.id });
    await admin('POST', `/api/assets/${other.id}/dispatch`, { orderId: order.id, routeId: 'R-09' });
    await projectionsCaughtUp();
    await page.getByRole('button', { name: 'Visa körplan' }).click();
    const item = page.locator(`[data-asset-id="${other.id}"]`);
    await item.getByRole('button', { name: 'Leverans misslyckades' }).click();
    await item.getByLabel('Orsak').fill('Ingen hemma');
    await screenshot(page, '07-transport-failed-delivery');
    await item.getByRole('button', { name: 'Registrera misslyckad leverans' }).click();
    await expectText(page.getByRole('status'), 'Den misslyckade leveransen är registrerad.');
    const asset = await admin<{ status: string }>('GET', `/api/assets/${other.id}`);
    expect(asset.status).toBe('allocated');
  });

  test('transport picks the aid up again from the person', async () => {
    await scan(state.assetId);
    await expectText(statusOf(), 'Utlånad');
    await page.getByRole('button', { name: 'Registrera hämtning' }).click();
    await expectText(page.getByRole('status'), 'Hämtningen är registrerad.');
    await expectText(statusOf(), 'Väntar på rekonditionering');
    await screenshot(page, '08-transport-picked-up');
  });

  test('warehouse reconditions the returned aid and it is ready again', async () => {
    await signIn('warehouse');
    await openScreen('Lager');
    await scan(state.assetId);
    await expectText(statusOf(), 'Väntar på rekonditionering');
    await page.getByRole('button', { name: 'Registrera rekonditionering' }).click();
    await expectText(page.getByRole('status'), 'Hjälpmedlet är rekonditionerat och klart i lager.');
    await expectText(statusOf(), 'Klar i lager');
    await screenshot(page, '09-warehouse-reconditioned');
  });

  test('warehouse reports a repair and completes it from the open repairs of the aid', async () => {
    await page.getByLabel('Felbeskrivning').fill('Bromsen tar inte');
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/repairs'));
    await page.getByRole('button', { name: 'Registrera felanmälan' }).click();
    await expectText(page.getByRole('status'), 'Felanmälan är registrerad.');
    // A retry must not report the repair twice, and a report on an aid changed meanwhile must be refused.
    const headers = await (await sent).allHeaders();
    expect(headers['idempotency-key']).toMatch(/^\S+$/);
    expect(headers['if-match']).toMatch(/^"\d+"$/);
    await expectText(page.getByRole('heading', { level: 3 }), 'Pågående reparationer');
    await expectText(page.locator('.repair'), 'Bromsen tar inte');
    await screenshot(page, '10-warehouse-open-repair');
    await page.getByRole('button', { name: 'Reparation klar' }).click();
    await expectText(page.getByRole('status'), 'Reparationen är registrerad som klar.');
    await page.locator('.repair').waitFor({ state: 'detached' });
  });

  test("the person's register shows the aid among past aids", async () => {
    await projectionsCaughtUp();
    await signIn('planner');
    await openScreen('Brukare');
    await page.getByRole('textbox', { name: 'Brukar-id' }).fill(state.personId);
    await page.getByRole('button', { name: 'Visa hjälpmedel' }).click();
    await expectText(page.getByTestId('past-aids'), state.assetId);
    await expectText(page.getByRole('heading', { level: 2 }), 'Har nu (0)');
    await screenshot(page, '11-person');
  });

  test('the auditor sees every event with who recorded it, the state at a time, and the chain verified', async () => {
    await signIn('auditor');
    await openScreen('Granskning');
    await scan(state.assetId);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    const types = await Promise.all(
      (await timeline.locator('[data-event-type]').all()).map((item) => item.getAttribute('data-event-type')),
    );
    expect(types).toEqual([
      'AssetRegistered',
      'AssetAllocated',
      'AidDispatched',
      'AidDelivered',
      'AidReturned',
      'AidReconditioned',
      'AidRepairReported',
      'AidRepaired',
    ]);
    const history = await admin<{ events: { metadata: { actor: string } }[] }>(
      'GET',
      `/api/assets/${state.assetId}/history`,
    );
    for (const event of history.events) await expectText(timeline, event.metadata.actor);
    await expectText(timeline.locator('[data-event-type="AidDelivered"]'), `Gäller datum${todayInStockholm()}`);
    await expectText(
      timeline.locator('[data-event-type="AidReturned"] .status-change'),
      'Utlånad → Väntar på rekonditionering',
    );
    expect(await timeline.locator('[data-event-type="AidRepairReported"] .status-change').count()).toBe(0);

    await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
    await expectText(page.getByTestId('verify-result'), 'Historiken är oförändrad');

    await page.getByLabel('Datum och tid').fill('2020-01-01T12:00');
    await page.getByRole('button', { name: 'Visa status' }).click();
    await expectText(page.locator('.notice'), 'inte känt i systemet');
    await screenshot(page, '12-auditor');
  });

  test('the dashboard shows the same figures as the API', async () => {
    await projectionsCaughtUp();
    await signIn('viewer');
    // A screen the role cannot use is neither offered nor reachable by its address.
    await page.goto(`${api.baseUrl}/warehouse`);
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(page.url()).toBe(`${api.baseUrl}/dashboard`);
    await openScreen('Översikt');
    const month = todayInStockholm().slice(0, 7);
    const byMonth = page.getByTestId('delivery-by-month');
    await byMonth.waitFor();
    const delivery = await admin<{ groups: { key: string; deliveries: number; onPlannedDay: number }[] }>(
      'GET',
      `/api/metrics/delivery?groupBy=month&from=${month}-01&to=${todayInStockholm()}`,
    );
    const thisMonth = delivery.groups.find((group) => group.key === month);
    expect(thisMonth).toMatchObject({ deliveries: 1, onPlannedDay: 1 });
    const row = await byMonth.locator(`tr[data-key="${month}"] td`).allTextContents();
    expect(row.slice(0, 2)).toEqual([String(thisMonth?.deliveries), String(thisMonth?.onPlannedDay)]);

    const byMunicipality = await page
      .getByTestId('delivery-by-municipality')
      .locator(`tr[data-key="${MUNICIPALITY}"] td`)
      .allTextContents();
    expect(byMunicipality.slice(0, 2)).toEqual(['1', '1']);

    const repairs = await admin<{ groups: { key: string; completed: number; withinFiveWorkingDays: number }[] }>(
      'GET',
      `/api/metrics/repairs?groupBy=month&from=${month}-01&to=${todayInStockholm()}`,
    );
    const repairsThisMonth = repairs.groups.find((group) => group.key === month);
    expect(repairsThisMonth).toMatchObject({ completed: 1, withinFiveWorkingDays: 1 });
    const repairRow = await page
      .getByTestId('repairs-by-month')
      .locator(`tr[data-key="${month}"] td`)
      .allTextContents();
    expect(repairRow.slice(0, 2)).toEqual(['1', '1']);

    const stock = await admin<{ items: { articleNo: string; location: string; ready: number; scrapped: number }[] }>(
      'GET',
      '/api/stock',
    );
    for (const level of stock.items.filter((item) => item.articleNo === ARTICLE_NO)) {
      const cells = await page
        .getByTestId('stock')
        .locator(`tr[data-article="${level.articleNo}"][data-location="${level.location}"] td`)
        .allTextContents();
      expect([cells[1], cells[6]]).toEqual([String(level.ready), String(level.scrapped)]);
    }
    await page.getByTestId('projection-lag').waitFor();
    await page.getByTestId('delivery-chart').locator('svg').first().waitFor();
    await screenshot(page, '13-dashboard');

    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await screenshot(page, '14-dashboard-english');
    await page.getByLabel('Language').selectOption('sv');
  });

  test('the auditor asks who looked at a person and what a user looked at, pages, and checks the day', async () => {
    // Reads recorded as another API instance would, into the same store: one of an earlier day, the rest today.
    const read = (actor: string, role: AccessEntry['role'], personId: string, n: number): AccessEntry => ({
      actor,
      role,
      personId,
      action: 'person.aids.read',
      correlationId: `browser-read-${n}`,
    });
    // A person and users no other step of this suite has, so the log holds exactly the reads written here.
    const LOOKED_AT = '11111111-1111-4111-8111-111111111111';
    const earlier = new Date(Date.now() - 36 * 3600_000);
    const store = SqliteEventStore.open(path.join(api.dataDir, 'events.sqlite'));
    try {
      await new AccessLog(store, { now: () => earlier }).record([read('greta.tidigare', 'warehouse', LOOKED_AT, 0)]);
      const log = new AccessLog(store);
      await log.record([read('tor.senare', 'transport', LOOKED_AT, 1)]);
      await log.record(
        Array.from({ length: 60 }, (_, n) =>
          read('vera.many', 'viewer', `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, 2 + n),
        ),
      );
    } finally {
      await store.close();
    }
    await projectionsCaughtUp();

    await signIn('auditor');
    await openScreen('Granskning');
    await page.getByRole('navigation', { name: 'Vad som granskas' }).getByRole('link', { name: 'Åtkomstlogg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Åtkomstlogg' }).waitFor();
    expect(page.url()).toBe(`${api.baseUrl}/auditor?part=access-log`);

    const byPerson = page.getByTestId('access-log-person');
    await byPerson.getByLabel('Brukar-id').fill(LOOKED_AT);
    await byPerson.getByRole('button', { name: 'Visa åtkomster' }).click();
    const table = page.getByTestId('access-log');
    await expectText(page.getByRole('heading', { level: 2 }), 'Åtkomster (2)');
    for (const header of ['När', 'Användare', 'Roll', 'Brukare', 'Vad', 'Dag, post'])
      await table.getByRole('columnheader', { name: header, exact: true }).waitFor();
    expect(
      await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-actor'))),
    ).toEqual(['tor.senare', 'greta.tidigare']);
    await expectText(table.locator('tbody tr').first(), 'Brukarens hjälpmedel');
    await screenshot(page, '15-access-log-person');

    // Reading the log is a read of the person too: asking again shows the auditor's own look first.
    await projectionsCaughtUp();
    await byPerson.getByRole('button', { name: 'Visa åtkomster' }).click();
    await expectText(page.getByRole('heading', { level: 2 }), 'Åtkomster (3)');
    const own = table.locator('tbody tr').first();
    expect(await own.getAttribute('data-actor')).toBe('rut.revisor');
    await expectText(own, 'Åtkomstloggen');
    await expectText(own, 'Revisor');

    const byActor = page.getByTestId('access-log-actor');
    await byActor.getByLabel('Användare', { exact: true }).fill('greta.tidigare');
    await byActor.getByLabel('Från och med').fill(todayInStockholm());
    await byActor.getByRole('button', { name: 'Visa åtkomster' }).click();
    await expectText(
      page.getByTestId('access-log-asked'),
      `Användare greta.tidigare, från och med ${todayInStockholm()}`,
    );
    await expectText(table, 'Loggen har inga åtkomster för urvalet.');
    await byActor.getByLabel('Från och med').fill('');
    await byActor.getByRole('button', { name: 'Visa åtkomster' }).click();
    await expectText(page.getByRole('heading', { level: 2 }), 'Åtkomster (1)');

    await byActor.getByLabel('Användare', { exact: true }).fill('vera.many');
    await byActor.getByRole('button', { name: 'Visa åtkomster' }).click();
    await expectText(page.getByRole('heading', { level: 2 }), 'Åtkomster (50)');
    await page.getByRole('button', { name: 'Visa fler' }).click();
    await expectText(page.getByRole('heading', { level: 2 }), 'Åtkomster (60)');
    await page.getByRole('button', { name: 'Visa fler' }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Kontrollera dagen' }).click();
    await expectText(page.getByTestId('access-log-verify-result'), `Loggen för ${todayInStockholm()} är oförändrad`);

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, '16-access-log-phone');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
