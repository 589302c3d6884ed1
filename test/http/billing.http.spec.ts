import { addDays, monthBounds, monthOf, nextMonth } from '@aidledger/domain';
import { findAccessLog, type ReadModelDb } from '@aidledger/projections';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Role } from '../../apps/api/src/auth/roles.js';
import { READ_MODEL_DB } from '../../apps/api/src/read-models/read-model.provider.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createArticle, createPerson, today } from '../support/fixtures.js';

type EventRef = { streamId: string; revision: number };
type Line = {
  lineId: string;
  kind: 'rent' | 'sale' | 'correction';
  assetId: string | null;
  articleNo: string;
  personRef: string | null;
  periodStart: string;
  periodEnd: string;
  amountSek: number;
  corrects: string | null;
  because: EventRef[];
};
type Basis = { payerId: string; month: string; closed: boolean; lines: Line[]; totalSek: number };
type Problem = { code: string; errors?: { field: string }[] };

const VASTERAS = 'KUND-VASTERAS';
const SALA = 'KUND-SALA';
const KOPING = 'KUND-KOPING';
const RENT = 250;

let h: Harness;

const previousMonth = (month: string): string => monthOf(addDays(monthBounds(month).first, -1));
/** The running month and the three before it; the app's today is the real day. */
const running = monthOf(today());
const lastMonth = previousMonth(running);
const twoAgo = previousMonth(lastMonth);
const threeAgo = previousMonth(twoAgo);
const dayOf = (month: string, day: number) => addDays(monthBounds(month).first, day - 1);

/** A loan as the test sent it: who pays from which day, so the lines can be recomputed by a plain loop. */
type Loan = {
  assetId: string;
  personId: string;
  deliveredOn: string;
  delivery: EventRef;
  payers: { from: string; payerId: string }[];
};
const loans: Record<'a' | 'b', Loan> = {} as never;
let articleNo = '';

const ok = async (request: Parameters<Harness['request']>[0]) => {
  const response = await h.request(request);
  if (response.status >= 300) throw new Error(`${request.method} ${request.url}: ${response.status} ${response.text}`);
  return response.body as { id: string; streamRevision: number };
};

const registerPayer = (payerId: string, municipality: string) =>
  ok({
    method: 'POST',
    url: '/api/payers',
    role: 'finance',
    body: { payerId, name: `${municipality} kommun`, kind: 'municipality', municipality },
  });

const lend = async (personId: string, deliveredOn: string, payerId: string): Promise<Loan> => {
  const before = addDays(deliveredOn, -5);
  const { id: orderId } = await ok({
    method: 'POST',
    url: '/api/orders',
    body: {
      personId,
      articleNo,
      prescriberId: 'FS-1',
      priority: 2,
      plannedDeliveryDate: deliveredOn,
      municipality: 'Västerås',
      payerId,
      placedOn: before,
    },
  });
  const { id: assetId } = await ok({
    method: 'POST',
    url: '/api/assets',
    body: { articleNo, serialNumber: `SN-${personId.slice(0, 8)}`, location: 'VAS-HUVUDLAGER', receivedOn: before },
  });
  await ok({ method: 'POST', url: `/api/orders/${orderId}/allocate`, body: { assetId, allocatedOn: before } });
  await ok({
    method: 'POST',
    url: `/api/assets/${assetId}/dispatch`,
    body: { orderId, routeId: 'R1', dispatchedOn: deliveredOn },
  });
  const delivered = await ok({
    method: 'POST',
    url: `/api/assets/${assetId}/deliver`,
    body: { orderId, deliveredOn },
  });
  return {
    assetId,
    personId,
    deliveredOn,
    delivery: { streamId: `asset-${assetId}`, revision: delivered.streamRevision },
    payers: [{ from: deliveredOn, payerId }],
  };
};

const move = async (loan: Loan, municipality: string, movedOn: string, payerId: string) => {
  await ok({ method: 'POST', url: `/api/persons/${loan.personId}/move`, body: { municipality, movedOn } });
  loan.payers.push({ from: movedOn, payerId });
  loan.payers.sort((x, y) => (x.from < y.from ? -1 : 1));
};

/** The rent periods a running loan has started by today, each with the payer of its first day. */
const expectedPeriods = (loan: Loan) => {
  const periods: { periodNo: number; start: string; end: string; payerId: string }[] = [];
  for (let periodNo = 0; addDays(loan.deliveredOn, 30 * periodNo) <= today(); periodNo++) {
    const start = addDays(loan.deliveredOn, 30 * periodNo);
    const payerId = loan.payers.filter((change) => change.from <= start).at(-1)!.payerId;
    periods.push({ periodNo, start, end: addDays(start, 29), payerId });
  }
  return periods;
};

const rentLinesOf = (loan: Loan, payerId: string, month: string) =>
  expectedPeriods(loan)
    .filter((period) => period.payerId === payerId && monthOf(period.start) === month)
    .map((period) => ({
      lineId: `rent:${loan.assetId}:${loan.delivery.revision}:${period.periodNo}`,
      kind: 'rent',
      assetId: loan.assetId,
      articleNo,
      personRef: expect.stringMatching(/^P-[A-Z2-7]{10}$/),
      periodStart: period.start,
      periodEnd: period.end,
      amountSek: RENT,
      corrects: null,
      because: expect.arrayContaining([loan.delivery]),
    }));

const get = async (url: string, role: Role = 'finance') => {
  await h.settle();
  return h.request({ method: 'GET', url, role });
};
const basis = async (payerId: string, month: string, role: Role = 'finance'): Promise<Basis> => {
  const response = await get(`/api/billing/invoice-basis?payerId=${payerId}&month=${month}`, role);
  expect(response.status).toBe(200);
  return response.body as Basis;
};
const close = (month: string, role: Role = 'finance') =>
  h.request({ method: 'POST', url: `/api/billing/months/${month}/close`, role });

const entries = async (personId: string, action: string): Promise<number> => {
  await h.settle();
  const page = await findAccessLog(h.app.get<ReadModelDb>(READ_MODEL_DB), { personId, limit: 500 });
  return page.items.filter((item) => item.action === action).length;
};

beforeAll(async () => {
  h = await startHarness();
  await registerPayer(VASTERAS, 'Västerås');
  await registerPayer(SALA, 'Sala');
  await registerPayer(KOPING, 'Köping');
  articleNo = await createArticle(h);
  // a: delivered early in the month three months back, moves to Sala in the month after (on time).
  loans.a = await lend(await createPerson(h), dayOf(threeAgo, 5), VASTERAS);
  await move(loans.a, 'Sala', dayOf(twoAgo, 20), SALA);
  // b: delivered in the same month; its move to Köping comes later, back-dated into a closed month.
  loans.b = await lend(await createPerson(h), dayOf(threeAgo, 10), VASTERAS);
  await h.settle();
}, 60_000);

afterAll(async () => h.close());

describe('the invoice basis', () => {
  it('a delivery is one rent line per started period, at the rent, because of the AidDelivered', async () => {
    const answer = await basis(VASTERAS, threeAgo);
    const expected = [...rentLinesOf(loans.a, VASTERAS, threeAgo), ...rentLinesOf(loans.b, VASTERAS, threeAgo)];
    expect(expected).toHaveLength(2);
    expect(answer).toEqual({
      payerId: VASTERAS,
      month: threeAgo,
      closed: false,
      lines: expected,
      totalSek: expected.length * RENT,
    });
    expect(answer.lines[0].personRef).not.toBe(answer.lines[1].personRef);
  });

  it('a move passes the aid to the payer of the new municipality from the move day', async () => {
    for (const month of [threeAgo, twoAgo, lastMonth, running])
      for (const payerId of [VASTERAS, SALA]) {
        const answer = await basis(payerId, month);
        const expected = [...rentLinesOf(loans.a, payerId, month), ...rentLinesOf(loans.b, payerId, month)].sort(
          (x, y) => (x.periodStart < y.periodStart ? -1 : x.periodStart > y.periodStart ? 1 : 0),
        );
        expect({ payerId, month, lines: answer.lines }).toEqual({ payerId, month, lines: expected });
        expect(answer.totalSek).toBe(expected.length * RENT);
      }
    const sala = expectedPeriods(loans.a).filter((period) => period.payerId === SALA);
    expect(sala.length).toBeGreaterThan(0);
    expect(sala.every((period) => period.start >= dayOf(twoAgo, 20))).toBe(true);
  });

  it('the month overview lists every payer with its count of lines and total', async () => {
    const response = await get(`/api/billing/months/${threeAgo}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      month: threeAgo,
      closed: false,
      closedThrough: null,
      booksFrom: null,
      payers: [
        { payerId: KOPING, name: 'Köping kommun', lines: 0, totalSek: 0 },
        { payerId: SALA, name: 'Sala kommun', lines: 0, totalSek: 0 },
        { payerId: VASTERAS, name: 'Västerås kommun', lines: 2, totalSek: 2 * RENT },
      ],
      totalSek: 2 * RENT,
    });
  });

  it('the forecast of next month: the periods that will start then for the loans running today', async () => {
    const next = nextMonth(running);
    const response = await get(`/api/billing/forecast?payerId=${SALA}&month=${next}`);
    expect(response.status).toBe(200);
    const starts: string[] = [];
    for (let start = loans.a.deliveredOn; monthOf(start) <= next; start = addDays(start, 30))
      if (monthOf(start) === next) starts.push(start);
    const forecast = response.body as Basis;
    expect(forecast).toMatchObject({ payerId: SALA, month: next, closed: false, totalSek: starts.length * RENT });
    expect(forecast.lines.map((line) => [line.assetId, line.periodStart, line.amountSek])).toEqual(
      starts.map((start) => [loans.a.assetId, start, RENT]),
    );
  });

  it('the fleet: the aids out now a payer pays for today, from the day it took over', async () => {
    const response = await get(`/api/billing/fleet?payerId=${SALA}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      payerId: SALA,
      items: [
        {
          assetId: loans.a.assetId,
          articleNo,
          personRef: expect.stringMatching(/^P-[A-Z2-7]{10}$/),
          deliveredOn: loans.a.deliveredOn,
          payerSince: dayOf(twoAgo, 20),
          monthlyRentSek: RENT,
        },
      ],
    });
    expect(response.text).not.toContain(loans.a.personId);
  });
});

describe('closing months, and corrections for a back-dated change', () => {
  let closedBefore: Basis[];

  it('closes a month that has ended; the first close begins the books', async () => {
    const fourAgo = previousMonth(threeAgo);
    const open = await Promise.all([VASTERAS, SALA].map((payerId) => basis(payerId, threeAgo)));
    expect((await close(threeAgo)).status).toBe(200);
    expect((await close(twoAgo)).status).toBe(200);
    const overview = (await get(`/api/billing/months/${threeAgo}`)).body as { closed: boolean; closedThrough: string };
    expect(overview).toMatchObject({ closed: true, closedThrough: twoAgo, booksFrom: threeAgo });
    // The first closed month holds what it held while open.
    const frozen = await Promise.all([VASTERAS, SALA].map((payerId) => basis(payerId, threeAgo)));
    expect(frozen.map(({ lines, totalSek }) => ({ lines, totalSek }))).toEqual(
      open.map(({ lines, totalSek }) => ({ lines, totalSek })),
    );
    expect((await get(`/api/billing/months/${fourAgo}`)).body).toMatchObject({ closed: true, totalSek: 0 });
    expect(((await get(`/api/billing/months/${lastMonth}`)).body as { closed: boolean }).closed).toBe(false);
    closedBefore = await Promise.all(
      [threeAgo, twoAgo].flatMap((month) => [VASTERAS, SALA, KOPING].map((payerId) => basis(payerId, month))),
    );
    expect(closedBefore.every((answer) => answer.closed)).toBe(true);
  });

  it('the running month cannot be closed: 409 BILLING.MONTH_NOT_ENDED', async () => {
    const response = await close(running);
    expect(response).toMatchObject({ status: 409, body: { code: 'BILLING.MONTH_NOT_ENDED' } });
    expect(((await get(`/api/billing/months/${running}`)).body as { closed: boolean }).closed).toBe(false);
  });

  it('a move back-dated into the closed month: credit and re-charge in the first open month, the closed month as it was', async () => {
    const movedOn = dayOf(threeAgo, 20);
    await move(loans.b, 'Köping', movedOn, KOPING);
    const closedAfter = await Promise.all(
      [threeAgo, twoAgo].flatMap((month) => [VASTERAS, SALA, KOPING].map((payerId) => basis(payerId, month))),
    );
    expect(closedAfter).toEqual(closedBefore);

    // The periods of b that started in the closed months after the move day went to Västerås and are Köping's now.
    const moved = expectedPeriods(loans.b).filter(
      (period) => period.start >= movedOn && monthOf(period.start) <= twoAgo,
    );
    expect(moved.length).toBeGreaterThan(0);
    const vasteras = await basis(VASTERAS, lastMonth);
    const koping = await basis(KOPING, lastMonth);
    for (const period of moved) {
      const corrected = `rent:${loans.b.assetId}:${loans.b.delivery.revision}:${period.periodNo}`;
      expect(vasteras.lines).toContainEqual(
        expect.objectContaining({
          kind: 'correction',
          corrects: corrected,
          amountSek: -RENT,
          assetId: loans.b.assetId,
        }),
      );
      expect(koping.lines).toContainEqual(
        expect.objectContaining({ kind: 'correction', corrects: corrected, amountSek: RENT, assetId: loans.b.assetId }),
      );
    }
    // The open months follow the move as rent: b's periods from last month on are Köping's.
    for (const month of [lastMonth, running]) {
      const rent = (await basis(KOPING, month)).lines.filter((line) => line.kind === 'rent');
      expect(rent).toEqual(rentLinesOf(loans.b, KOPING, month));
    }
    expect(vasteras.totalSek).toBe(vasteras.lines.reduce((sum, line) => sum + line.amountSek, 0));
    expect(koping.totalSek).toBe(koping.lines.reduce((sum, line) => sum + line.amountSek, 0));
  });
});

describe('need to know', () => {
  it('a payer reads its own basis, forecast and fleet; persons as personRef only', async () => {
    const own = await get(`/api/billing/invoice-basis?payerId=${VASTERAS}&month=${threeAgo}`, 'payer');
    expect(own.status).toBe(200);
    expect(own.text).not.toContain(loans.a.personId);
    expect(own.text).not.toContain(loans.b.personId);
    expect((await get(`/api/billing/fleet?payerId=${VASTERAS}`, 'payer')).status).toBe(200);
    expect((await get(`/api/billing/forecast?payerId=${VASTERAS}&month=${running}`, 'payer')).status).toBe(200);
  });

  it.each([
    `/api/billing/invoice-basis?payerId=${SALA}&month=${threeAgo}`,
    `/api/billing/forecast?payerId=${SALA}&month=${running}`,
    `/api/billing/fleet?payerId=${SALA}`,
    `/api/exports/invoice-basis.csv?payerId=${SALA}&month=${threeAgo}`,
    // An unknown payer is 403 too: a payer learns nothing of who else is registered.
    `/api/billing/invoice-basis?payerId=KUND-OKAND&month=${threeAgo}`,
  ])("a payer may not read another payer's: %s is 403", async (url) => {
    const response = await get(url, 'payer');
    expect(response).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN' } });
  });

  it('a payer may not read the month overview nor close a month', async () => {
    expect((await get(`/api/billing/months/${threeAgo}`, 'payer')).status).toBe(403);
    expect((await close(lastMonth, 'payer')).status).toBe(403);
  });

  it('every read that names persons records one access entry per person named', async () => {
    const { a, b } = loans;
    const reads: [string, string, string[]][] = [
      [
        `/api/billing/invoice-basis?payerId=${VASTERAS}&month=${threeAgo}`,
        'billing.invoice-basis.read',
        [a.personId, b.personId],
      ],
      [`/api/billing/fleet?payerId=${SALA}`, 'billing.fleet.read', [a.personId]],
      [`/api/billing/forecast?payerId=${SALA}&month=${nextMonth(running)}`, 'billing.forecast.read', [a.personId]],
    ];
    for (const [url, action, named] of reads) {
      const before = await Promise.all([a, b].map((loan) => entries(loan.personId, action)));
      expect((await get(url)).status).toBe(200);
      const after = await Promise.all([a, b].map((loan) => entries(loan.personId, action)));
      expect({ url, added: after.map((count, i) => count - before[i]) }).toEqual({
        url,
        added: [a, b].map((loan) => (named.includes(loan.personId) ? 1 : 0)),
      });
    }
  });
});

describe('bad input', () => {
  it.each(['2025-13', '2025-1', '25-01', 'mars', '2025-01-01'])('month %s is 400 naming month', async (month) => {
    const answers = await Promise.all([
      get(`/api/billing/invoice-basis?payerId=${VASTERAS}&month=${month}`),
      get(`/api/billing/forecast?payerId=${VASTERAS}&month=${month}`),
      get(`/api/billing/months/${month}`),
      close(month),
    ]);
    for (const response of answers) {
      expect(response.status).toBe(400);
      const problem = response.body as Problem;
      expect(problem.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(problem.errors).toEqual([expect.objectContaining({ field: 'month' })]);
    }
  });

  it('payerId is required', async () => {
    const response = await get(`/api/billing/invoice-basis?month=${threeAgo}`);
    expect(response.status).toBe(400);
    const fields = (response.body as Problem).errors!.map((error) => error.field);
    expect(new Set(fields)).toEqual(new Set(['payerId']));
  });

  it.each([
    `/api/billing/invoice-basis?payerId=KUND-OKAND&month=${threeAgo}`,
    `/api/billing/forecast?payerId=KUND-OKAND&month=${threeAgo}`,
    '/api/billing/fleet?payerId=KUND-OKAND',
    `/api/exports/invoice-basis.xlsx?payerId=KUND-OKAND&month=${threeAgo}`,
  ])('an unknown payer is 404 PAYER.NOT_FOUND: %s', async (url) => {
    const response = await get(url);
    expect(response).toMatchObject({ status: 404, body: { code: 'PAYER.NOT_FOUND' } });
    expect(response.text).not.toContain('KUND-OKAND');
  });
});

describe('the invoice basis as CSV and XLSX', () => {
  type Value = string | number | null;
  const download = async (url: string, role: Role = 'finance') => {
    await h.settle();
    const response = await h.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url, headers: { authorization: `Bearer ${await h.token(role)}` } });
    return { status: response.statusCode, headers: response.headers, raw: response.rawPayload };
  };
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
  const HEADERS = [
    'lineId',
    'kind',
    'assetId',
    'articleNo',
    'personRef',
    'periodStart',
    'periodEnd',
    'amountSek',
    'corrects',
    'because',
  ];

  it('parses back to the JSON answer, because as text, and logs each person named', async () => {
    const query = `?payerId=${VASTERAS}&month=${lastMonth}`;
    const before = await entries(loans.b.personId, 'export.invoice-basis');
    const csv = await download(`/api/exports/invoice-basis.csv${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="invoice-basis-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [headers, ...records] = parse(csv.raw, { delimiter: ';', bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(headers).toEqual(HEADERS);
    const fromCsv = records.map((cells) => cells.map(csvValue));

    const xlsx = await download(`/api/exports/invoice-basis.xlsx${query}`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: Value[][] = [];
    sheet.eachRow((row) => rows.push(HEADERS.map((_, i) => xlsxValue(row.getCell(i + 1).value))));
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.slice(1)).toEqual(fromCsv);

    const answer = await basis(VASTERAS, lastMonth);
    expect(answer.lines.length).toBeGreaterThan(0);
    expect(fromCsv).toEqual(
      answer.lines.map((line) => [
        line.lineId,
        line.kind,
        line.assetId,
        line.articleNo,
        line.personRef,
        line.periodStart,
        line.periodEnd,
        line.amountSek,
        line.corrects,
        line.because.map((ref) => `${ref.streamId}@${ref.revision}`).join(' '),
      ]),
    );
    expect(await entries(loans.b.personId, 'export.invoice-basis')).toBe(before + 2);
  });

  it('a payer exports its own', async () => {
    const response = await download(`/api/exports/invoice-basis.csv?payerId=${VASTERAS}&month=${threeAgo}`, 'payer');
    expect(response.status).toBe(200);
    expect(response.raw.toString('utf8')).not.toContain(loans.a.personId);
  });
});
