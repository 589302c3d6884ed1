import type { Page } from 'playwright-core';
import { apiCaller, mintToken, startApi, type ApiCaller, type RunningApi } from './support/api-server.js';
import { launchChromium, screenshot } from './support/chromium.js';
import * as steps from './support/screen-steps.js';

const VIEWER = 'Vera Översikt';
const ARTICLE_NO = 'STAT-ROLLATOR';

/** What the test registers: 7 women and 5 persons without a recorded sex in Köping, 4 men in Sala. */
const PERSONS: { sex?: 'female' | 'male'; municipality: string }[] = [
  ...Array.from({ length: 7 }, () => ({ sex: 'female' as const, municipality: 'Köping' })),
  ...Array.from({ length: 5 }, () => ({ municipality: 'Köping' })),
  ...Array.from({ length: 4 }, () => ({ sex: 'male' as const, municipality: 'Sala' })),
];

let api: RunningApi;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
let admin: ApiCaller;
let viewerToken: string;

/** A valid personnummer of 1960 for each serial (Luhn check digit). */
const personnummer = (serial: number): string => {
  const nine = `600101${String(serial).padStart(3, '0')}`;
  const sum = [...nine]
    .map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
    .reduce((total, product) => total + Math.floor(product / 10) + (product % 10), 0);
  return `19${nine}${(10 - (sum % 10)) % 10}`;
};

/** The rows of the table as their cells' text, header row first. */
const tableText = async (): Promise<string[][]> => {
  const table = page.getByTestId('prescription-statistics');
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => (cell.querySelector('[aria-hidden]') ?? cell).textContent!),
      ),
    );
};

beforeAll(async () => {
  api = await startApi();
  viewerToken = await mintToken('viewer', VIEWER);
  admin = apiCaller(api.baseUrl, await mintToken('admin', 'Admin'));
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.setDefaultTimeout(15_000);
  await admin('POST', '/api/articles', {
    articleNo: ARTICLE_NO,
    name: 'Rollator',
    isoCode: '12 06 06',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 90,
    purchasePriceSek: 2500,
  });
  for (const [i, person] of PERSONS.entries()) {
    const { id } = await admin<{ id: string }>('POST', '/api/persons', {
      personnummer: personnummer(i + 1),
      municipality: person.municipality,
      ...(person.sex ? { sex: person.sex } : {}),
    });
    await admin('POST', '/api/orders', {
      personId: id,
      articleNo: ARTICLE_NO,
      prescriberId: 'FS-7',
      priority: 2,
      plannedDeliveryDate: steps.todayInStockholm(),
      municipality: person.municipality,
      payerId: 'KUND-SALA',
    });
  }
  await steps.projectionsCaughtUp(api.baseUrl);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await api?.stop();
});

describe('prescription statistics on the dashboard', () => {
  test('shows orders by sex, a count under 5 as "–" with its explanation, and the share without a recorded sex', async () => {
    await steps.signIn(page, api.baseUrl, { token: viewerToken, name: VIEWER });
    await page.getByRole('heading', { level: 2, name: 'Förskrivningar per kön' }).waitFor();
    await page.getByTestId('prescription-statistics').locator('tbody tr').first().waitFor();
    const count = (sex?: string) => PERSONS.filter((person) => person.sex === sex).length;
    expect(await tableText()).toEqual([
      ['Kön', 'Kvinnor', 'Män', 'Annat', 'Uppgift saknas', 'Totalt'],
      ['Kvinnor', String(count('female')), '0', '0', '0', String(count('female'))],
      // 4 men: fewer than 5, so neither the count nor the total that would give it back is shown.
      ['Män', '0', '–', '0', '0', '–'],
      ['Uppgift saknas', '0', '0', '0', String(count(undefined)), String(count(undefined))],
    ]);
    await steps.expectText(page.getByTestId('suppression-note'), 'Antal från 1 till 4 beställningar döljs');
    const share = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 }).format(
      Math.round((count(undefined) / PERSONS.length) * 1000) / 1000,
    );
    await steps.expectText(
      page.getByTestId('unknown-share'),
      `Kön saknas ("data saknas"): ${share} av beställningarna.`,
    );
    await screenshot(page, 'statistics-by-sex');
  });

  test('groups by municipality on request', async () => {
    await page.getByLabel('Gruppera efter').selectOption('municipality');
    await page.getByTestId('prescription-statistics').locator('tr[data-key="Sala"]').waitFor();
    expect(await tableText()).toEqual([
      ['Kommun', 'Kvinnor', 'Män', 'Annat', 'Uppgift saknas', 'Totalt'],
      ['Köping', '7', '0', '0', '5', '12'],
      ['Sala', '0', '–', '0', '0', '–'],
    ]);
  });
});
