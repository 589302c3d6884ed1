import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Role } from '../../apps/api/src/auth/roles.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createArticle, validPersonnummer } from '../support/fixtures.js';

let h: Harness;

/** What the test sends: 7 women and 5 persons without a recorded sex in Västerås, 4 men in Sala. */
const PERSONS: { sex?: 'female' | 'male'; municipality: string }[] = [
  ...Array.from({ length: 7 }, () => ({ sex: 'female' as const, municipality: 'Västerås' })),
  ...Array.from({ length: 5 }, () => ({ municipality: 'Västerås' })),
  ...Array.from({ length: 4 }, () => ({ sex: 'male' as const, municipality: 'Sala' })),
];
const PERIOD = 'from=2024-01-01&to=2024-01-31';

const get = (url: string, role: Role | null = 'viewer') => h.request({ method: 'GET', url, role });

beforeAll(async () => {
  h = await startHarness();
  const articleNo = await createArticle(h);
  for (const [i, person] of PERSONS.entries()) {
    const registered = await h.request({
      method: 'POST',
      url: '/api/persons',
      body: { personnummer: validPersonnummer(700 + i, 10 + i), municipality: person.municipality, sex: person.sex },
    });
    if (registered.status !== 201) throw new Error(`register person: ${registered.status}`);
    const placed = await h.request({
      method: 'POST',
      url: '/api/orders',
      body: {
        personId: (registered.body as { id: string }).id,
        articleNo,
        prescriberId: 'FS-1',
        priority: 2,
        plannedDeliveryDate: '2024-02-20',
        municipality: person.municipality,
        payerId: 'KUND-1',
        placedOn: `2024-01-${String(10 + i).padStart(2, '0')}`,
      },
    });
    if (placed.status !== 201) throw new Error(`place order: ${placed.status}`);
  }
  await h.settle();
});
afterAll(async () => h.close());

describe('prescription statistics over HTTP', () => {
  it('splits the orders by sex; a cell of 4 is suppressed, 5 is shown; the unknown share is 5 of 16', async () => {
    const response = await get(`/api/statistics/prescriptions?${PERIOD}&groupBy=sex`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      from: '2024-01-01',
      to: '2024-01-31',
      groupBy: 'sex',
      groups: [
        { key: 'female', female: 7, male: 0, other: 0, unknown: 0, total: 7, suppressed: false },
        { key: 'male', female: 0, male: null, other: 0, unknown: 0, total: null, suppressed: true },
        { key: 'unknown', female: 0, male: 0, other: 0, unknown: 5, total: 5, suppressed: false },
      ],
      unknownShare: Math.round((5 / 16) * 1000) / 1000,
    });
  });

  it('groups by the order’s municipality, the ISO class and the age band', async () => {
    const byMunicipality = await get(`/api/statistics/prescriptions?${PERIOD}&groupBy=municipality`);
    expect((byMunicipality.body as { groups: object[] }).groups).toEqual([
      { key: 'Sala', female: 0, male: null, other: 0, unknown: 0, total: null, suppressed: true },
      { key: 'Västerås', female: 7, male: 0, other: 0, unknown: 5, total: 12, suppressed: false },
    ]);
    const byIsoClass = await get(`/api/statistics/prescriptions?${PERIOD}&groupBy=isoClass`);
    // The total would give the 4 men back: the smallest shown cell (5 unknown) is suppressed with them.
    expect((byIsoClass.body as { groups: object[] }).groups).toEqual([
      { key: '12', female: 7, male: null, other: 0, unknown: null, total: 16, suppressed: true },
    ]);
    // validPersonnummer's persons are born in 1950: 74 in 2024.
    const byAge = await get(`/api/statistics/prescriptions?${PERIOD}&groupBy=ageBand`, 'finance');
    expect((byAge.body as { groups: { key: string; total: number }[] }).groups.map((g) => [g.key, g.total])).toEqual([
      ['65-79', 16],
    ]);
  });

  it('a day outside the period counts nothing; from and to are inclusive', async () => {
    const lastDay = await get('/api/statistics/prescriptions?from=2024-01-25&to=2024-01-25');
    expect((lastDay.body as { groups: { key: string; male: number | null }[] }).groups).toEqual([
      { key: 'male', female: 0, male: null, other: 0, unknown: 0, total: null, suppressed: true },
    ]);
    const none = await get('/api/statistics/prescriptions?from=2023-01-01&to=2023-12-31');
    expect(none.body).toMatchObject({ groups: [], unknownShare: 0 });
  });

  it.each([
    ['groupBy=person', 'REQUEST.VALIDATION_FAILED'],
    ['from=2024-02-30', 'REQUEST.VALIDATION_FAILED'],
    ['from=2024-02-01&to=2024-01-01', 'STATISTICS.FROM_AFTER_TO'],
  ])('%s is 400 %s', async (query, code) => {
    const response = await get(`/api/statistics/prescriptions?${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ status: 400, code });
    const exported = await get(`/api/exports/prescription-statistics.csv?${query}`);
    expect(exported.status).toBe(400);
  });

  it('figures only: every figure role may read them, the payer and the anonymous may not', async () => {
    for (const role of ['viewer', 'warehouse', 'transport', 'planner', 'auditor', 'finance', 'admin'] as const)
      expect((await get('/api/statistics/prescriptions', role)).status).toBe(200);
    expect((await get('/api/statistics/prescriptions', 'payer')).status).toBe(403);
    expect((await get('/api/statistics/prescriptions', null)).status).toBe(401);
    expect((await get('/api/exports/prescription-statistics.csv', 'payer')).status).toBe(403);
  });

  it('exports the same figures as CSV and XLSX, a suppressed count as an empty cell', async () => {
    const inject = async (format: string) =>
      h.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'GET',
          url: `/api/exports/prescription-statistics.${format}?${PERIOD}&groupBy=municipality`,
          headers: { authorization: `Bearer ${await h.token('viewer')}` },
        });
    const csv = await inject('csv');
    expect(csv.statusCode).toBe(200);
    const records = parse(csv.rawPayload, { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(records).toEqual([
      ['municipality', 'female', 'male', 'other', 'unknown', 'total', 'suppressed', 'unknownShare'],
      ['Sala', '0', '', '0', '0', '', 'true', '0,313'],
      ['Västerås', '7', '0', '0', '5', '12', 'false', '0,313'],
    ]);
    const xlsx = await inject('xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(3).value ?? null).toBeNull();
    expect(sheet.getRow(3).getCell(6).value).toBe(12);
  });
});
