import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { addDays, addSwedishWorkingDays } from '@aidledger/domain';
import { apiCaller, mintToken, startApi, type ApiCaller, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';
import { openScreen, projectionsCaughtUp, signIn, todayInStockholm } from './support/screen-steps.js';

let api: RunningApi;
let admin: ApiCaller;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

/** Days before today the request came, and how many calendar days later it was offered or cancelled. */
const SEEDED: { ago: number; offerAfter?: number; cancelAfter?: number }[] = [
  { ago: 70, offerAfter: 3 },
  { ago: 66, offerAfter: 30 },
  { ago: 60 },
  { ago: 45, offerAfter: 10 },
  { ago: 44, offerAfter: 20 },
  { ago: 40, cancelAfter: 2 },
  { ago: 35, offerAfter: 1 },
  { ago: 30 },
  { ago: 6 },
  { ago: 2, offerAfter: 1 },
];
const sent: { requestedOn: string; offeredOn?: string; cancelledOn?: string }[] = [];

beforeAll(async () => {
  api = await startApi();
  admin = apiCaller(api.baseUrl, await mintToken('admin', 'Ada Admin'));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
  const today = todayInStockholm();
  const person = await admin<{ id: string }>('POST', '/api/persons', {
    personnummer: '19121212-1212',
    sex: 'male',
    municipality: 'Sala',
  });
  for (const { ago, offerAfter, cancelAfter } of SEEDED) {
    const requestedOn = addDays(today, -ago);
    const { id } = await admin<{ id: string }>('POST', '/api/fittings', {
      personId: person.id,
      isoCode: '12 22 03',
      prescriberId: 'FS-1',
      requestedOn,
    });
    const offeredOn = offerAfter === undefined ? undefined : addDays(requestedOn, offerAfter);
    const cancelledOn = cancelAfter === undefined ? undefined : addDays(requestedOn, cancelAfter);
    if (offeredOn) await admin('POST', `/api/fittings/${id}/offer`, { offeredOn, appointmentOn: offeredOn });
    if (cancelledOn) await admin('POST', `/api/fittings/${id}/cancel`, { cancelledOn });
    sent.push({ requestedOn, offeredOn, cancelledOn });
  }
});

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

/** The KPI as DESIGN.md defines it, recomputed from what was sent: per month of the request. */
const recomputed = (today: string) => {
  const months = new Map<string, { requests: number; within: number }>();
  for (const { requestedOn, offeredOn, cancelledOn } of sent) {
    const lastDayOnTime = addSwedishWorkingDays(requestedOn, 15);
    const counts =
      offeredOn !== undefined || (lastDayOnTime < today && (cancelledOn === undefined || cancelledOn > lastDayOnTime));
    if (!counts) continue;
    const month = months.get(requestedOn.slice(0, 7)) ?? { requests: 0, within: 0 };
    month.requests++;
    if (offeredOn !== undefined && offeredOn <= lastDayOnTime) month.within++;
    months.set(requestedOn.slice(0, 7), month);
  }
  return months;
};

const swedishPercent = (share: number) =>
  new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 }).format(share);

describe('the fitting KPI on the dashboard', () => {
  it('shows per month of the request the requests counted, those offered within 15 working days and the share', async () => {
    await projectionsCaughtUp(api.baseUrl);
    await signIn(page, api.baseUrl, { token: await mintToken('viewer', 'Vera Visare'), name: 'Vera Visare' });
    await openScreen(page, 'Översikt');
    const table = page.getByTestId('fittings-by-month');
    await table.waitFor();
    const expected = recomputed(todayInStockholm());
    expect([...expected.values()].reduce((sum, month) => sum + month.requests, 0)).toBeGreaterThanOrEqual(6);
    const shown = await table.locator('tbody tr').count();
    expect(shown).toBe(expected.size);
    for (const [month, { requests, within }] of expected) {
      const cells = await table.locator(`tr[data-key="${month}"] td`).allTextContents();
      expect(cells.slice(0, 2)).toEqual([String(requests), String(within)]);
      expect(cells[2]).toContain(swedishPercent(Math.round((within / requests) * 1000) / 1000));
    }
    const chart = page.getByTestId('fitting-chart');
    await chart.locator('svg').first().waitFor();
    await chart
      .getByText(`Mål ${swedishPercent(0.8)}`)
      .first()
      .waitFor();
    await screenshot(page, 'fitting-kpi');
  });

  it('passes the WCAG 2.1 AA checks with its figures', async () => {
    const { violations } = await new AxeBuilder({ page })
      .include('[data-testid="fittings-by-month"]')
      .include('[data-testid="fitting-chart"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
});
