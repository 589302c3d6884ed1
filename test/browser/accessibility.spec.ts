import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { signToken } from '../../apps/api/src/auth/token-verifier.js';
import { TEST_AUTH_SECRET } from '../support/api-process.js';
import { apiCaller, mintToken, startApi, type ApiCaller, type Role, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';
import * as steps from './support/screen-steps.js';
import { todayInStockholm } from './support/screen-steps.js';

/** What the law asks of public services' screens (DOS-lagen → EN 301 549 → WCAG 2.1 level AA). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const ARTICLE_NO = 'A11Y-122203';
const MUNICIPALITY = 'Västerås';
const PERSONNUMMER = '19121212-1212';

type StaffRole = Exclude<Role, 'payer'>;
const USERS: Record<StaffRole | 'payer', string> = {
  warehouse: 'Lena Lager',
  transport: 'Tomas Transport',
  planner: 'Petra Planerare',
  auditor: 'Rut Revisor',
  viewer: 'Vera Läsare',
  finance: 'Frida Ekonomi',
  payer: 'Västerås stad, hjälpmedel',
  admin: 'Ada Admin',
};
const PAYER_ID = 'KUND-VASTERAS';

let api: RunningApi;
let chromium: { context: BrowserContext; close: () => Promise<void> };
let page: Page;
let admin: ApiCaller;
const tokens = {} as Record<StaffRole | 'payer', string>;
/** On loan to the person (register, history, dashboard), on today's route, and ready with an open order. */
const state = { personId: '', onLoan: '', onRoute: '', ready: '' };

type Created = { id: string };

const projectionsCaughtUp = (): Promise<void> => steps.projectionsCaughtUp(api.baseUrl);

const signIn = (role: StaffRole | 'payer' | null): Promise<void> =>
  steps.signIn(page, api.baseUrl, role ? { token: tokens[role], name: USERS[role] } : null);

const openScreen = (name: string): Promise<void> => steps.openScreen(page, name);

const scan = async (assetId: string): Promise<void> => {
  const input = page.getByLabel('Skanna eller skriv hjälpmedels-id eller serienummer');
  await input.fill(assetId);
  await input.press('Enter');
  await page.getByTestId('asset-id').filter({ hasText: assetId }).first().waitFor();
};

/** Each state a screen is checked in: signed in as `role`, with its content loaded and its form open. */
type ScreenState = { name: string; role: StaffRole | 'payer' | null; show: () => Promise<void> };

const SCREENS: ScreenState[] = [
  { name: 'sign-in', role: null, show: () => page.getByLabel('Åtkomsttoken').waitFor() },
  { name: 'sign-in, token refused', role: null, show: refusedToken },
  { name: 'warehouse, aid scanned with its open order', role: 'warehouse', show: warehouseAllocating },
  { name: 'transport, route with a failed-delivery form', role: 'transport', show: transportRoute },
  { name: 'person register with contact details', role: 'planner', show: personRegister },
  { name: "customer service, a person's orders and aids with a pickup", role: 'planner', show: customerService },
  { name: "auditor, an aid's history", role: 'auditor', show: auditorHistory },
  { name: 'auditor, access log of a person', role: 'auditor', show: accessLog },
  { name: 'dashboard with figures', role: 'viewer', show: dashboard },
  { name: "finance, a payer's invoice basis of the running month", role: 'finance', show: financeBasis },
  { name: 'payer, its aids, basis and forecast', role: 'payer', show: payerView },
];

async function refusedToken(): Promise<void> {
  await page.getByLabel('Åtkomsttoken').fill('not-a-token');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('alert').waitFor();
}

async function warehouseAllocating(): Promise<void> {
  await openScreen('Lager');
  await scan(state.ready);
  await page.getByLabel('Öppen order').waitFor();
}

async function transportRoute(): Promise<void> {
  await openScreen('Transport');
  const item = page.locator(`[data-asset-id="${state.onRoute}"]`);
  await item.getByRole('button', { name: 'Leverans misslyckades' }).click();
  await item.getByLabel('Orsak').waitFor();
  await page.locator(`[data-testid="pickup-item"][data-asset-id="${state.onLoan}"]`).waitFor();
}

async function personRegister(): Promise<void> {
  await openScreen('Brukare');
  await page.getByRole('textbox', { name: 'Brukar-id' }).fill(state.personId);
  await page.getByRole('button', { name: 'Visa hjälpmedel' }).click();
  await page.getByTestId('current-aids').filter({ hasText: state.onLoan }).waitFor();
}

async function customerService(): Promise<void> {
  await openScreen('Kundtjänst');
  await page.getByLabel('Personnummer').fill(PERSONNUMMER);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await page.locator(`[data-testid="held-aids"] tr[data-asset-id="${state.onLoan}"]`).waitFor();
  await page.getByTestId('person-orders').locator('tr[data-order-id]').first().waitFor();
}

async function auditorHistory(): Promise<void> {
  await openScreen('Granskning');
  await scan(state.onLoan);
  await page.getByTestId('timeline').locator('[data-event-type="AidDelivered"]').waitFor();
}

async function accessLog(): Promise<void> {
  await openScreen('Granskning');
  await page.getByRole('navigation', { name: 'Vad som granskas' }).getByRole('link', { name: 'Åtkomstlogg' }).click();
  const byPerson = page.getByTestId('access-log-person');
  await byPerson.getByLabel('Brukar-id').fill(state.personId);
  await byPerson.getByRole('button', { name: 'Visa åtkomster' }).click();
  await page.getByTestId('access-log').locator('tbody tr[data-actor]').first().waitFor();
}

async function dashboard(): Promise<void> {
  await openScreen('Översikt');
  await page
    .getByTestId('delivery-by-month')
    .locator(`tr[data-key="${todayInStockholm().slice(0, 7)}"]`)
    .waitFor();
  await page.getByTestId('stock').locator(`tr[data-article="${ARTICLE_NO}"]`).first().waitFor();
  await page.getByTestId('projection-lag').waitFor();
}

async function financeBasis(): Promise<void> {
  await openScreen('Ekonomi');
  await page.getByLabel('Månad', { exact: true }).fill(todayInStockholm().slice(0, 7));
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await page.getByRole('button', { name: 'Visa underlaget för Västerås stad' }).click();
  const line = page.getByTestId('invoice-basis').locator('tbody tr[data-line-id]').first();
  await line.locator('summary').click();
  await line.locator('details li').first().waitFor();
}

async function payerView(): Promise<void> {
  await page.getByTestId('payer-fleet').locator(`tr[data-asset-id="${state.onLoan}"]`).waitFor();
  await page.getByTestId('payer-basis').locator('tbody tr[data-line-id]').first().waitFor();
  await page.getByTestId('payer-forecast').waitFor();
}

const receive = async (serialNumber: string): Promise<string> =>
  (await admin<Created>('POST', '/api/assets', { articleNo: ARTICLE_NO, serialNumber, location: 'HMC-VASTERAS' })).id;

const placeOrder = async (): Promise<string> =>
  (
    await admin<Created>('POST', '/api/orders', {
      personId: state.personId,
      articleNo: ARTICLE_NO,
      prescriberId: 'FS-1042',
      priority: 2,
      plannedDeliveryDate: todayInStockholm(),
      municipality: MUNICIPALITY,
      payerId: PAYER_ID,
    })
  ).id;

beforeAll(async () => {
  api = await startApi();
  for (const role of Object.keys(USERS) as (StaffRole | 'payer')[])
    tokens[role] =
      role === 'payer'
        ? // A payer's token names its payer, which `npm run token` adds with --payer-id.
          await signToken(TEST_AUTH_SECRET, {
            subject: 'vasteras.hjalpmedel',
            name: USERS.payer,
            role,
            expiresIn: '2h',
            payerId: PAYER_ID,
          })
        : await mintToken(role, USERS[role]);
  admin = apiCaller(api.baseUrl, tokens.admin);
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);

  await admin('POST', '/api/payers', {
    payerId: PAYER_ID,
    name: 'Västerås stad',
    kind: 'municipality',
    municipality: MUNICIPALITY,
  });
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
      contact: {
        name: 'Tyra Testsson',
        address: { street: 'Provgatan 7', postalCode: '722 10', city: MUNICIPALITY },
        phone: '070-174 06 42',
        deliveryNotes: 'Ring 30 min innan',
        protectedIdentity: false,
      },
    })
  ).id;
  state.onLoan = await receive('SN-A11Y-1');
  const delivered = await placeOrder();
  await admin('POST', `/api/orders/${delivered}/allocate`, { assetId: state.onLoan });
  await admin('POST', `/api/assets/${state.onLoan}/dispatch`, { orderId: delivered, routeId: 'R-07' });
  await admin('POST', `/api/assets/${state.onLoan}/deliver`, { orderId: delivered, deliveredOn: todayInStockholm() });
  state.onRoute = await receive('SN-A11Y-2');
  const onRoute = await placeOrder();
  await admin('POST', `/api/orders/${onRoute}/allocate`, { assetId: state.onRoute });
  await admin('POST', `/api/assets/${state.onRoute}/dispatch`, { orderId: onRoute, routeId: 'R-07' });
  state.ready = await receive('SN-A11Y-3');
  await placeOrder();
  // The planner's look at the person, so the access log has entries to show.
  await admin('GET', `/api/persons/${state.personId}/aids`);
  // A pickup on today's route beside the delivery, and on the customer service screen.
  await admin('POST', `/api/assets/${state.onLoan}/pickup-requests`, {
    requestedOn: todayInStockholm(),
    plannedPickupDate: todayInStockholm(),
    reason: 'Behövs inte längre',
  });
  await projectionsCaughtUp();
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

const CASES = SCREENS.flatMap((screen) => WIDTHS.map((width) => ({ ...screen, width })));

describe('every screen meets WCAG 2.1 AA as axe-core checks it', () => {
  test.each(CASES)('$name at $width.name width', async ({ name, role, show, width }) => {
    await page.setViewportSize({ width: width.width, height: width.height });
    await signIn(role);
    await show();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    if (violations.length > 0) await screenshot(page, `a11y-${name.replace(/\W+/g, '-')}-${width.name}`);
    // The rule, its impact and the elements it names, so a failure says what to fix.
    expect(
      violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(' ')),
      })),
    ).toEqual([]);
  });
});
