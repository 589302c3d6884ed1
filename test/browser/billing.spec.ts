import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { signToken } from '../../apps/api/src/auth/token-verifier.js';
import { TEST_AUTH_SECRET } from '../support/api-process.js';
import { apiCaller, mintToken, startApi, type ApiCaller, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';
import * as steps from './support/screen-steps.js';
import { todayInStockholm } from './support/screen-steps.js';

const FINANCE = 'Frida Ekonomi';
const PAYER = 'Sala kommun, hjälpmedel';
const SALA = { payerId: 'KUND-SALA', name: 'Sala kommun', municipality: 'Sala' };
const VASTERAS = { payerId: 'KUND-VASTERAS', name: 'Västerås stad', municipality: 'Västerås' };
const ROLLATOR = { articleNo: 'BIL-ROLLATOR', monthlyRentSek: 90 };
const BED = { articleNo: 'BIL-SANG', monthlyRentSek: 410 };

type Loan = { assetId: string; payerId: string; deliveredOn: string; monthlyRentSek: number };

let api: RunningApi;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let admin: ApiCaller;
let financeToken: string;
let payerToken: string;
const loans: Loan[] = [];

const today = todayInStockholm();
const monthOf = (day: string) => day.slice(0, 7);
const shiftMonth = (month: string, by: number): string => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1 + by, 1)).toISOString().slice(0, 7);
};
const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const runningMonth = monthOf(today);
const lastMonth = shiftMonth(runningMonth, -1);
const nextMonth = shiftMonth(runningMonth, 1);

/** Money as the Swedish screens write it (Intl's own sv-SE format: non-breaking spaces, "kr"). */
const kronor = (amount: number): string =>
  new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(amount);

/**
 * The rent a payer owes for a month, recomputed here by a plain loop: every 30-day period of each of its loans
 * that starts in the month (and, with `until`, no later than that day) costs the article's rent once.
 */
const expectedRent = (payerId: string, month: string, until: string | null): { periods: number; total: number } => {
  let periods = 0;
  let total = 0;
  for (const loan of loans.filter((candidate) => candidate.payerId === payerId))
    for (let start = loan.deliveredOn; monthOf(start) <= month; start = addDays(start, 30))
      if (monthOf(start) === month && (until === null || start <= until)) {
        periods += 1;
        total += loan.monthlyRentSek;
      }
  return { periods, total };
};

/** A loan from `deliveredOn` on, every step registered afterwards on that day, as the API allows. */
const lend = async (
  article: { articleNo: string; monthlyRentSek: number },
  personId: string,
  payer: { payerId: string; municipality: string },
  deliveredOn: string,
): Promise<string> => {
  const { id: assetId } = await admin<{ id: string }>('POST', '/api/assets', {
    articleNo: article.articleNo,
    serialNumber: `SN-BIL-${loans.length + 1}`,
    location: 'VAS-HUVUDLAGER',
    receivedOn: deliveredOn,
  });
  const { id: orderId } = await admin<{ id: string }>('POST', '/api/orders', {
    personId,
    articleNo: article.articleNo,
    prescriberId: 'FS-13',
    priority: 2,
    plannedDeliveryDate: deliveredOn,
    municipality: payer.municipality,
    payerId: payer.payerId,
    placedOn: deliveredOn,
  });
  await admin('POST', `/api/orders/${orderId}/allocate`, { assetId, allocatedOn: deliveredOn });
  await admin('POST', `/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R-BIL', dispatchedOn: deliveredOn });
  await admin('POST', `/api/assets/${assetId}/deliver`, { orderId, deliveredOn });
  loans.push({ assetId, payerId: payer.payerId, deliveredOn, monthlyRentSek: article.monthlyRentSek });
  return assetId;
};

const downloaded = async (button: string): Promise<{ fileName: string; text: string }> => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
};

const lineIdsShown = async (testId: string): Promise<string[]> =>
  page
    .getByTestId(testId)
    .locator('tbody tr[data-line-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-line-id') ?? ''));

beforeAll(async () => {
  // The finance screen reloads the month right after closing it, from the billing read model. With the projector
  // on its own thread that read once came before the close was projected (CI, 2026-11-30): the screen must wait for
  // it (an open fix, named in issue 15's note); until then this file runs the projector on the API's loop.
  api = await startApi({ env: { PROJECTOR_THREAD: 'off' } });
  admin = apiCaller(api.baseUrl, await mintToken('admin', 'Admin'));
  financeToken = await mintToken('finance', FINANCE);
  payerToken = await signToken(TEST_AUTH_SECRET, {
    subject: 'sala.hjalpmedel',
    name: PAYER,
    role: 'payer',
    expiresIn: '2h',
    payerId: SALA.payerId,
  });
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);

  for (const payer of [SALA, VASTERAS]) await admin('POST', '/api/payers', { ...payer, kind: 'municipality' });
  for (const [article, name] of [
    [ROLLATOR, 'Rollator'],
    [BED, 'Vårdsäng'],
  ] as const)
    await admin('POST', '/api/articles', {
      articleNo: article.articleNo,
      name,
      isoCode: '12 06 06',
      kind: 'individual',
      rentable: true,
      monthlyRentSek: article.monthlyRentSek,
      purchasePriceSek: 2500,
    });
  const person = async (personnummer: string, municipality: string) =>
    (await admin<{ id: string }>('POST', '/api/persons', { personnummer, sex: 'female', municipality })).id;
  const inSala = await person('194907127775', SALA.municipality);
  const inVasteras = await person('191212121212', VASTERAS.municipality);
  await lend(ROLLATOR, inSala, SALA, `${lastMonth}-03`);
  await lend(BED, inSala, SALA, `${lastMonth}-20`);
  await lend(ROLLATOR, inVasteras, VASTERAS, `${lastMonth}-10`);
  await lend(BED, inSala, SALA, today);
  await steps.projectionsCaughtUp(api.baseUrl);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe('the finance screen', () => {
  test("shows a payer's invoice basis of last month, line by line, with the total the rent rules give", async () => {
    await steps.signIn(page, api.baseUrl, { token: financeToken, name: FINANCE });
    await page.getByRole('heading', { level: 1, name: 'Fakturaunderlag' }).waitFor();
    expect(await page.getByLabel('Månad', { exact: true }).inputValue()).toBe(lastMonth);
    const sala = expectedRent(SALA.payerId, lastMonth, null);
    const vasteras = expectedRent(VASTERAS.payerId, lastMonth, null);
    await steps.expectText(
      page.getByTestId('month-payers').locator(`tr[data-payer-id="${SALA.payerId}"]`),
      kronor(sala.total),
    );
    await steps.expectText(page.getByTestId('month-total'), kronor(sala.total + vasteras.total));

    await page.getByRole('button', { name: `Visa underlaget för ${SALA.name}` }).click();
    await steps.expectText(page.getByTestId('invoice-basis-total'), kronor(sala.total));
    const lineIds = await lineIdsShown('invoice-basis');
    expect(lineIds).toHaveLength(sala.periods);
    expect(lineIds.every((lineId) => lineId.startsWith('rent:'))).toBe(true);
    const salaAssets = loans.filter((loan) => loan.payerId === SALA.payerId).map((loan) => loan.assetId);
    expect(lineIds.every((lineId) => salaAssets.some((assetId) => lineId.includes(assetId)))).toBe(true);
    // What a line stands on, one click away.
    const firstLine = page.getByTestId('invoice-basis').locator('tbody tr[data-line-id]').first();
    await firstLine.getByText(/\d+ händelse/).click();
    await firstLine.getByText(/@\d+$/).first().waitFor();
    await screenshot(page, 'billing-finance-basis');
  });

  test('downloads the basis as the CSV Swedish spreadsheets read, the same lines as on the screen', async () => {
    const { fileName, text } = await downloaded(`Ladda ner underlaget ${lastMonth} för ${SALA.name} som CSV`);
    expect(fileName).toMatch(/invoice-basis.*\.csv$/);
    const [header, ...rows] = text.split('\r\n').filter((line) => line !== '');
    expect(header?.replace('\uFEFF', '').split(';').slice(0, 3)).toEqual(['lineId', 'kind', 'assetId']);
    expect(rows.map((row) => row.split(';')[0]).sort()).toEqual((await lineIdsShown('invoice-basis')).sort());
    expect(text).not.toContain('194907127775');
  });

  test('the running month cannot be closed, and says from when it can', async () => {
    await page.getByLabel('Månad', { exact: true }).fill(runningMonth);
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByRole('heading', { name: `Månaden ${runningMonth}` }).waitFor();
    const close = page.getByRole('button', { name: `Stäng ${runningMonth}` });
    expect(await close.isDisabled()).toBe(true);
    await steps.expectText(page.locator('.close-month'), `från och med ${nextMonth}`);
  });

  test('closes last month after a confirming click, and then shows it closed', async () => {
    await page.getByLabel('Månad', { exact: true }).fill(lastMonth);
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByRole('heading', { name: `Månaden ${lastMonth}` }).waitFor();
    await steps.expectText(page.getByTestId('month-status'), 'Öppen');
    await page.getByRole('button', { name: `Stäng ${lastMonth}` }).click();
    await steps.expectText(page.getByRole('status'), 'kan inte ångras');
    await page.getByRole('button', { name: `Ja, stäng ${lastMonth}` }).click();
    await steps.expectText(page.getByTestId('month-status'), 'Stängd');
    await steps.expectText(page.getByTestId('month-status'), `till och med ${lastMonth}`);
    const months = await apiCaller(api.baseUrl, financeToken)<{ closedThrough: string | null }>(
      'GET',
      `/api/billing/months/${lastMonth}`,
    );
    expect(months.closedThrough).toBe(lastMonth);
    await screenshot(page, 'billing-finance-closed');
  });
});

describe('the payer view', () => {
  test('shows its own aids out now, persons by reference only, and this month with the forecast of the next', async () => {
    await steps.signIn(page, api.baseUrl, { token: payerToken, name: PAYER });
    await page.getByRole('heading', { level: 1, name: 'Våra hjälpmedel och kostnader' }).waitFor();
    const fleet = page.getByTestId('payer-fleet');
    await fleet.locator('tbody tr[data-asset-id]').first().waitFor();
    const shown = await fleet
      .locator('tbody tr[data-asset-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-asset-id') ?? ''));
    const own = loans.filter((loan) => loan.payerId === SALA.payerId);
    expect(shown.sort()).toEqual(own.map((loan) => loan.assetId).sort());
    expect(await fleet.textContent()).toMatch(/P-[A-Z2-7]{10}/);
    expect(await fleet.textContent()).not.toContain('194907127775');

    const running = expectedRent(SALA.payerId, runningMonth, today);
    await steps.expectText(page.getByTestId('payer-basis-total'), kronor(running.total));
    expect(await lineIdsShown('payer-basis')).toHaveLength(running.periods);
    const forecast = expectedRent(SALA.payerId, nextMonth, null);
    await steps.expectText(page.getByTestId('payer-forecast-total'), kronor(forecast.total));
    await screenshot(page, 'billing-payer');
  });

  test("sees no other payer's data: the screen offers no other payer and the API refuses one", async () => {
    const foreign = loans.filter((loan) => loan.payerId !== SALA.payerId);
    const body = (await page.locator('main').textContent()) ?? '';
    for (const loan of foreign) expect(body).not.toContain(loan.assetId);
    expect(body).not.toContain(VASTERAS.payerId);
    // No field to name another payer, and no way to the finance screen.
    expect(await page.locator('main input, main select').count()).toBe(0);
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Kund']);
    await page.goto(`${api.baseUrl}/finance`);
    await page.getByRole('heading', { level: 1, name: 'Våra hjälpmedel och kostnader' }).waitFor();
    expect(page.url()).toBe(`${api.baseUrl}/payer`);

    const asPayer = apiCaller(api.baseUrl, payerToken);
    await expect(
      asPayer('GET', `/api/billing/invoice-basis?payerId=${VASTERAS.payerId}&month=${lastMonth}`),
    ).rejects.toThrow(/answered 403/);
    await expect(asPayer('GET', `/api/billing/fleet?payerId=${VASTERAS.payerId}`)).rejects.toThrow(/answered 403/);
  });
});
