import { addDays } from '@aidledger/domain';
import { findAccessLog, findAidRegisterPage, type ReadModelDb } from '@aidledger/projections';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Role } from '../../apps/api/src/auth/roles.js';
import { READ_MODEL_DB } from '../../apps/api/src/read-models/read-model.provider.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createArticle, createPerson, today } from '../support/fixtures.js';

type Value = string | number | null;
type Table = { headers: string[]; rows: Record<string, Value>[] };

let h: Harness;

/** What the test sent: each delivery with its planned day, and the holdings it left. */
type Delivery = {
  key: string;
  personId: string;
  articleNo: string;
  assetId: string;
  serialNumber: string;
  orderId: string;
  planned: string;
  deliveredOn: string;
  municipality: string;
  routeId: string;
  returnedOn?: string;
};
const deliveries: Delivery[] = [];
const repairs: { reportedOn: string; completedOn: string }[] = [];
const persons: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };

const ok = async (request: Parameters<Harness['request']>[0]) => {
  const response = await h.request(request);
  if (response.status >= 300) throw new Error(`${request.method} ${request.url}: ${response.status} ${response.text}`);
  return response.body as { id: string };
};

const deliver = async (
  d: Omit<Delivery, 'assetId' | 'serialNumber' | 'orderId'> & { returnedOn?: string },
): Promise<Delivery> => {
  const before = addDays(d.planned < d.deliveredOn ? d.planned : d.deliveredOn, -5);
  const { id: orderId } = await ok({
    method: 'POST',
    url: '/api/orders',
    body: {
      personId: d.personId,
      articleNo: d.articleNo,
      prescriberId: 'FS-1',
      priority: 2,
      plannedDeliveryDate: d.planned,
      municipality: d.municipality,
      payerId: 'KUND-1',
      placedOn: before,
    },
  });
  const serialNumber = `SN-${d.key}-${Date.now().toString(36)}`;
  const { id: assetId } = await ok({
    method: 'POST',
    url: '/api/assets',
    body: { articleNo: d.articleNo, serialNumber, location: 'VAS-HUVUDLAGER', receivedOn: before },
  });
  await ok({ method: 'POST', url: `/api/orders/${orderId}/allocate`, body: { assetId, allocatedOn: before } });
  await ok({
    method: 'POST',
    url: `/api/assets/${assetId}/dispatch`,
    body: { orderId, routeId: d.routeId, dispatchedOn: d.deliveredOn },
  });
  await ok({ method: 'POST', url: `/api/assets/${assetId}/deliver`, body: { orderId, deliveredOn: d.deliveredOn } });
  if (d.returnedOn)
    await ok({
      method: 'POST',
      url: `/api/assets/${assetId}/return`,
      body: { returnedOn: d.returnedOn, reason: 'Klar' },
    });
  const delivery = { ...d, assetId, serialNumber, orderId };
  deliveries.push(delivery);
  return delivery;
};

const repair = async (assetId: string, reportedOn: string, completedOn: string) => {
  const { id } = await ok({
    method: 'POST',
    url: `/api/assets/${assetId}/repairs`,
    body: { reportedOn, description: 'Bromsen tar inte' },
  });
  await ok({ method: 'POST', url: `/api/assets/${assetId}/repairs/${id}/complete`, body: { completedOn } });
  repairs.push({ reportedOn, completedOn });
};

beforeAll(async () => {
  h = await startHarness();
  const articleNo = await createArticle(h);
  for (const key of Object.keys(persons) as (keyof typeof persons)[]) persons[key] = await createPerson(h);
  const d0 = addDays(today(), -70);
  const day = (offset: number) => addDays(d0, offset);
  const { a, b, c, d } = persons;
  const first = await deliver({
    key: '1',
    personId: a,
    articleNo,
    planned: day(0),
    deliveredOn: day(0),
    municipality: 'Västerås',
    routeId: 'R1',
  });
  const second = await deliver({
    key: '2',
    personId: b,
    articleNo,
    planned: day(3),
    deliveredOn: day(1),
    municipality: 'Sala',
    routeId: 'R2',
  });
  await deliver({
    key: '3',
    personId: a,
    articleNo,
    planned: day(0),
    deliveredOn: day(2),
    municipality: 'Västerås',
    routeId: 'R2',
  });
  await deliver({
    key: '4',
    personId: b,
    articleNo,
    planned: day(10),
    deliveredOn: day(10),
    municipality: 'Köping',
    routeId: 'R1',
    returnedOn: day(12),
  });
  const fifth = await deliver({
    key: '5',
    personId: c,
    articleNo,
    planned: day(35),
    deliveredOn: day(36),
    municipality: 'Sala',
    routeId: 'R1',
  });
  await deliver({
    key: '6',
    personId: d,
    articleNo,
    planned: day(40),
    deliveredOn: day(40),
    municipality: 'Västerås',
    routeId: 'R3',
    returnedOn: day(41),
  });
  // Within 5 working days: the same day. Not within: 25 days later, which holds at least 5 working days in any season.
  await repair(first.assetId, day(1), day(1));
  await repair(second.assetId, day(2), day(27));
  await repair(fifth.assetId, day(37), day(62));
  await h.settle();
}, 60_000);

afterAll(async () => h.close());

const download = async (url: string, role: Role = 'auditor') => {
  const response = await h.app
    .getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url, headers: { authorization: `Bearer ${await h.token(role)}` } });
  return { status: response.statusCode, headers: response.headers, raw: response.rawPayload, text: response.body };
};

/** Back to values: a decimal comma to a number, an empty cell to null. */
const csvValue = (cell: string): Value => {
  if (cell === '') return null;
  return /^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell;
};

const xlsxValue = (cell: ExcelJS.CellValue): Value => {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  throw new Error(`Unexpected cell ${JSON.stringify(cell)}`);
};

const readCsv = (raw: Buffer): Table => {
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [headers, ...records] = parse(raw, { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];
  return {
    headers,
    rows: records.map((cells) => Object.fromEntries(headers.map((header, i) => [header, csvValue(cells[i])]))),
  };
};

const readXlsx = async (raw: Buffer): Promise<Table> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(raw as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const values: Value[][] = [];
  sheet.eachRow((row) => values.push(sheet.columns.map((_, i) => xlsxValue(row.getCell(i + 1).value))));
  const [headers, ...records] = values as [string[], ...Value[][]];
  return {
    headers,
    rows: records.map((cells) => Object.fromEntries(headers.map((header, i) => [header, cells[i]]))),
  };
};

/** The export in both formats, each parsed back; both must say the same. */
const exported = async (path: string, query = '', role: Role = 'auditor'): Promise<Table> => {
  const csv = await download(`/api/exports/${path}.csv${query}`, role);
  expect(csv.status).toBe(200);
  expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(csv.headers['content-disposition']).toMatch(
    new RegExp(`^attachment; filename="[a-z-]+-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
  );
  const xlsx = await download(`/api/exports/${path}.xlsx${query}`, role);
  expect(xlsx.status).toBe(200);
  expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(xlsx.headers['content-disposition']).toMatch(/\.xlsx"$/);
  const fromCsv = readCsv(csv.raw);
  expect(await readXlsx(xlsx.raw)).toEqual(fromCsv);
  return fromCsv;
};

const json = async <T>(url: string, role: Role = 'auditor'): Promise<T> => {
  const response = await h.request({ method: 'GET', url, role });
  expect(response.status).toBe(200);
  return response.body as T;
};

const entries = async (personId: string, action: string): Promise<number> => {
  await h.settle();
  const page = await findAccessLog(h.app.get<ReadModelDb>(READ_MODEL_DB), { personId, limit: 500 });
  return page.items.filter((item) => item.action === action).length;
};

/** Counts over the deliveries the test sent, grouped as the board reads them. */
const expectedDeliveryGroups = (keyOf: (delivery: Delivery) => string) => {
  const groups = new Map<string, { deliveries: number; onPlannedDay: number; early: number; late: number }>();
  for (const delivery of deliveries) {
    const key = keyOf(delivery);
    const group = groups.get(key) ?? { deliveries: 0, onPlannedDay: 0, early: 0, late: 0 };
    group.deliveries++;
    if (delivery.deliveredOn === delivery.planned) group.onPlannedDay++;
    else if (delivery.deliveredOn < delivery.planned) group.early++;
    else group.late++;
    groups.set(key, group);
  }
  return groups;
};

describe('exports parse back to the figures', () => {
  it.each([
    ['day', (delivery: Delivery) => delivery.deliveredOn],
    ['month', (delivery: Delivery) => delivery.deliveredOn.slice(0, 7)],
    ['municipality', (delivery: Delivery) => delivery.municipality],
    ['route', (delivery: Delivery) => delivery.routeId],
  ] as const)(
    'delivery metrics by %s: the counts of the deliveries sent, and the JSON answer',
    async (groupBy, keyOf) => {
      const table = await exported('delivery-metrics', `?groupBy=${groupBy}`, 'viewer');
      expect(table.headers).toEqual([groupBy, 'deliveries', 'onPlannedDay', 'early', 'late', 'share', 'target']);
      const expected = expectedDeliveryGroups(keyOf);
      expect(table.rows.map((row) => String(row[groupBy])).sort()).toEqual([...expected.keys()].sort());
      for (const row of table.rows) {
        const group = expected.get(String(row[groupBy]))!;
        expect(row).toMatchObject({ ...group, target: 0.95 });
        expect(row.share).toBeCloseTo(group.onPlannedDay / group.deliveries, 3);
      }
      const answer = await json<{ groups: Record<string, Value>[] }>(
        `/api/metrics/delivery?groupBy=${groupBy}`,
        'viewer',
      );
      expect(table.rows.map(({ [groupBy]: key, target: _target, ...figures }) => ({ key, ...figures }))).toEqual(
        answer.groups,
      );
    },
  );

  it('delivery metrics filtered by from and to', async () => {
    const from = deliveries[1].deliveredOn;
    const to = deliveries[4].deliveredOn;
    const table = await exported('delivery-metrics', `?groupBy=day&from=${from}&to=${to}`, 'viewer');
    const sent = deliveries.filter((delivery) => delivery.deliveredOn >= from && delivery.deliveredOn <= to);
    expect(table.rows.reduce((sum, row) => sum + Number(row.deliveries), 0)).toBe(sent.length);
  });

  it('repair metrics: completed within 5 working days per month of completion', async () => {
    const table = await exported('repair-metrics', '', 'viewer');
    expect(table.headers).toEqual(['month', 'completed', 'withinFiveWorkingDays', 'share', 'target']);
    const months = new Map<string, { completed: number; withinFiveWorkingDays: number }>();
    for (const { reportedOn, completedOn } of repairs) {
      const month = months.get(completedOn.slice(0, 7)) ?? { completed: 0, withinFiveWorkingDays: 0 };
      month.completed++;
      if (completedOn === reportedOn) month.withinFiveWorkingDays++;
      months.set(completedOn.slice(0, 7), month);
    }
    expect(
      Object.fromEntries(
        table.rows.map(({ month, share: _share, target, ...counts }) => [month, { ...counts, target }]),
      ),
    ).toEqual(Object.fromEntries([...months].map(([month, counts]) => [month, { ...counts, target: 0.88 }])));
    const answer = await json<{ groups: Record<string, Value>[] }>('/api/metrics/repairs', 'viewer');
    expect(table.rows.map(({ month, target: _target, ...figures }) => ({ key: month, ...figures }))).toEqual(
      answer.groups,
    );
  });

  it('stock levels as the JSON answer', async () => {
    const table = await exported('stock', '', 'viewer');
    const answer = await json<{ items: Record<string, Value>[] }>('/api/stock', 'viewer');
    expect(table.rows).toEqual(answer.items);
    const onLoan = deliveries.filter((delivery) => !delivery.returnedOn).length;
    expect(table.rows.reduce((sum, row) => sum + Number(row.onLoan), 0)).toBe(onLoan);
  });

  it('the aid register: every aid out now, and one access-log entry per person it names', async () => {
    const before = await Promise.all(Object.values(persons).map((id) => entries(id, 'export.aid-register')));
    const table = await exported('aid-register');
    expect(table.headers).toEqual([
      'assetId',
      'unitNumber',
      'serialNumber',
      'articleNo',
      'personId',
      'since',
      'orderId',
      'municipality',
    ]);
    const out = deliveries.filter((delivery) => !delivery.returnedOn);
    expect(table.rows).toEqual(
      expect.arrayContaining(
        out.map((delivery) => ({
          assetId: delivery.assetId,
          // Claimed on receipt: seven symbols of the label alphabet.
          unitNumber: expect.stringMatching(/^[0-9ACEFHJKMNPRWX]{7}$/),
          serialNumber: delivery.serialNumber,
          articleNo: delivery.articleNo,
          personId: delivery.personId,
          since: delivery.deliveredOn,
          orderId: delivery.orderId,
          municipality: delivery.municipality,
        })),
      ),
    );
    expect(table.rows).toHaveLength(out.length);
    // Two downloads (CSV and XLSX): person a holds two aids and is logged once per download; d holds none now.
    const after = await Promise.all(Object.values(persons).map((id) => entries(id, 'export.aid-register')));
    expect(after.map((count, i) => count - before[i])).toEqual([2, 2, 2, 0]);
  });

  it('the register reads page after page without losing or repeating an aid', async () => {
    const db = h.app.get<ReadModelDb>(READ_MODEL_DB);
    const whole = await findAidRegisterPage(db);
    const paged = [];
    let cursor: string | undefined;
    do {
      const page = await findAidRegisterPage(db, { cursor, limit: 1 });
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole.items);
    expect(paged).toHaveLength(4);
  });

  it("a person's aids, current and past, as the JSON answer, logged for that person", async () => {
    const personId = persons.b;
    const before = await entries(personId, 'export.person-aids');
    const table = await exported('person-aids', `?personId=${personId}`, 'planner');
    const answer = await json<{
      current: { assetId: string; articleNo: string; since: string; orderId: string }[];
      past: { assetId: string; articleNo: string; from: string; to: string }[];
    }>(`/api/persons/${personId}/aids`, 'planner');
    expect(table.rows).toEqual([
      ...answer.current.map((aid) => ({
        personId,
        assetId: aid.assetId,
        articleNo: aid.articleNo,
        from: aid.since,
        to: null,
        orderId: aid.orderId,
      })),
      ...answer.past.map((aid) => ({ personId, ...aid, orderId: null })),
    ]);
    expect(table.rows).toHaveLength(2);
    expect(await entries(personId, 'export.person-aids')).toBe(before + 2);
  });

  it('the asset index as the JSON answer, logged per holder', async () => {
    const before = await entries(persons.c, 'export.assets');
    const table = await exported('assets', '?status=onLoan', 'warehouse');
    const answer = await json<{ items: Record<string, Value>[] }>('/api/assets?status=onLoan&limit=500', 'warehouse');
    expect(table.rows).toEqual(answer.items);
    expect(await entries(persons.c, 'export.assets')).toBe(before + 2);
  });
});

describe('need to know and bad input', () => {
  it.each(['aid-register', 'person-aids', 'assets'])(
    'a viewer may not export %s, which names persons (403)',
    async (name) => {
      const response = await download(`/api/exports/${name}.csv?personId=${persons.a}`, 'viewer');
      expect(response.status).toBe(403);
    },
  );

  it('the warehouse exports the asset index but not the register of who holds what (403)', async () => {
    expect((await download('/api/exports/assets.csv', 'warehouse')).status).toBe(200);
    expect((await download('/api/exports/aid-register.csv', 'warehouse')).status).toBe(403);
  });

  it.each([
    ['/api/exports/stock.pdf', 'REQUEST.VALIDATION_FAILED'],
    ['/api/exports/stock.CSV', 'REQUEST.VALIDATION_FAILED'],
    ['/api/exports/delivery-metrics.csv?groupBy=week', 'REQUEST.VALIDATION_FAILED'],
    ['/api/exports/repair-metrics.xlsx?from=2025-02-30', 'REQUEST.VALIDATION_FAILED'],
    ['/api/exports/person-aids.csv', 'REQUEST.VALIDATION_FAILED'],
    ['/api/exports/person-aids.csv?personId=123', 'REQUEST.VALIDATION_FAILED'],
    ['/api/exports/stock.csv?unknown=1', 'REQUEST.VALIDATION_FAILED'],
  ])('%s is 400 %s', async (url, code) => {
    const response = await download(url);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(response.text)).toMatchObject({ status: 400, code });
  });

  it("an unknown person's aids are 404 and log nothing", async () => {
    const response = await download('/api/exports/person-aids.csv?personId=8a0e3c1e-5b7e-4a3c-9d2e-1f0a2b3c4d5e');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text)).toMatchObject({ code: 'PERSON.NOT_FOUND' });
  });
});
