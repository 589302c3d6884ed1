import { addDays, addMonths } from '@aidledger/domain';
import { findAccessLog, type ReadModelDb } from '@aidledger/projections';
import { READ_MODEL_DB } from '../../apps/api/src/read-models/read-model.provider.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createPerson, placeOrder, today } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

type Role = Parameters<Harness['request']>[0]['role'];
type Problem = { code: string };
type DueItem = {
  assetId: string;
  unitNumber: string | null;
  articleNo: string;
  location: string | null;
  holderMunicipality: string | null;
  dueOn: string;
  overdue: boolean;
  outOfService: boolean;
};
type Holder = { assetId: string; personId: string; since: string; until: string | null; lot: string | null };

let serial = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(serial++).toString(36)}`.toUpperCase();
const post = (url: string, body: unknown, role: Role = 'admin') => h.request({ method: 'POST', url, role, body });
const get = async (url: string, role: Role = 'auditor') => {
  await h.settle();
  return h.request({ method: 'GET', url, role });
};

/** A person lift: inspected every 12 months, expected to last `lifetime` years. */
const createLift = async (lifetime = 10): Promise<string> => {
  const articleNo = unique('LIFT');
  const response = await post('/api/articles', {
    articleNo,
    name: 'Personlyft, mobil',
    isoCode: '12 36 03',
    kind: 'individual',
    rentable: true,
    monthlyRentSek: 600,
    purchasePriceSek: 32000,
    inspectionIntervalMonths: 12,
    expectedLifetimeYears: lifetime,
  });
  expect(response.status).toBe(201);
  return articleNo;
};

const receive = async (articleNo: string, receivedOn: string, extra: Record<string, unknown> = {}) => {
  const response = await post('/api/assets', {
    articleNo,
    serialNumber: unique('SN'),
    location: 'VAS-HUVUDLAGER',
    receivedOn,
    ...extra,
  });
  expect(response.status).toBe(201);
  return (response.body as { id: string }).id;
};

const inspect = (assetId: string, inspectedOn: string, passed: boolean) =>
  post(`/api/assets/${assetId}/inspect`, { inspectedOn, passed }, 'warehouse');

const allocate = async (articleNo: string, assetId: string) => {
  const personId = await createPerson(h);
  const orderId = await placeOrder(h, personId, articleNo);
  return { personId, orderId, response: await post(`/api/orders/${orderId}/allocate`, { assetId }, 'warehouse') };
};

const lend = async (articleNo: string, assetId: string) => {
  const { personId, orderId, response } = await allocate(articleNo, assetId);
  expect(response.status).toBe(200);
  expect((await post(`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R1' }, 'transport')).status).toBe(200);
  expect((await post(`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() }, 'transport')).status).toBe(
    200,
  );
  return { personId, orderId };
};

const due = async (query = '', role: Role = 'warehouse') => {
  const response = await get(`/api/inspections/due${query}`, role);
  expect(response.status).toBe(200);
  return response.body as { before: string; items: DueItem[] };
};

describe('lot and UDI-DI on receipt', () => {
  it('an aid received with its lot and UDI-DI is found by its lot; unknown ones are null', async () => {
    const articleNo = await createLift();
    const lot = unique('LOT');
    const traced = await receive(articleNo, today(), { lot, udiDi: '07350012345678' });
    await receive(articleNo, today(), { lot: null, udiDi: null });
    const byLot = (await get(`/api/assets?lot=${lot}`)).body as { items: { assetId: string; udiDi: string }[] };
    expect(byLot.items).toEqual([expect.objectContaining({ assetId: traced, lot, udiDi: '07350012345678' })]);
    const all = (await get(`/api/assets?articleNo=${articleNo}`)).body as { items: { lot: string | null }[] };
    expect(all.items.map((item) => item.lot).sort()).toEqual([lot, null].sort());
  });

  it.each([
    ['an empty lot', { lot: '' }, 'VALIDATION'],
    ['a blank lot', { lot: '   ' }, 'ASSET.LOT_BLANK'],
    ['a blank UDI-DI', { udiDi: ' ' }, 'ASSET.UDI_DI_BLANK'],
    ['a lot too long', { lot: 'L'.repeat(61) }, 'VALIDATION'],
    ['a number for a lot', { lot: 42 }, 'VALIDATION'],
  ])('refuses %s with 400', async (_what, extra, code) => {
    const articleNo = await createLift();
    const response = await post('/api/assets', {
      articleNo,
      serialNumber: unique('SN'),
      location: 'VAS-HUVUDLAGER',
      ...extra,
    });
    expect(response.status).toBe(400);
    if (code !== 'VALIDATION') expect((response.body as Problem).code).toBe(code);
  });
});

describe('inspections', () => {
  it('an aid whose inspection falls due within 30 days is not allocated (409 ASSET.INSPECTION_DUE) until inspected', async () => {
    const articleNo = await createLift();
    const assetId = await receive(articleNo, addDays(addMonths(today(), -12), 20));
    const refused = await allocate(articleNo, assetId);
    expect(refused.response.status).toBe(409);
    expect((refused.response.body as Problem).code).toBe('ASSET.INSPECTION_DUE');
    expect((await inspect(assetId, today(), true)).status).toBe(200);
    expect((await allocate(articleNo, assetId)).response.status).toBe(200);
    expect((await get(`/api/assets/${assetId}`)).body).toMatchObject({ status: 'allocated' });
  });

  it('a failed inspection takes the aid out of service (409 ASSET.OUT_OF_SERVICE); a completed repair puts it back', async () => {
    const articleNo = await createLift();
    const assetId = await receive(articleNo, today());
    expect((await inspect(assetId, today(), false)).status).toBe(200);
    const refused = await allocate(articleNo, assetId);
    expect(refused.response.status).toBe(409);
    expect((refused.response.body as Problem).code).toBe('ASSET.OUT_OF_SERVICE');
    const listed = await due(`?before=${addDays(addMonths(today(), 12), 1)}`);
    expect(listed.items.find((item) => item.assetId === assetId)).toMatchObject({ outOfService: true });
    const repairId = crypto.randomUUID();
    const reported = { repairId, reportedOn: today(), description: 'Lyftband slitet' };
    expect((await post(`/api/assets/${assetId}/repairs`, reported, 'warehouse')).status).toBe(201);
    const completed = await post(`/api/assets/${assetId}/repairs/${repairId}/complete`, { completedOn: today() });
    expect(completed.status).toBe(200);
    expect((await allocate(articleNo, assetId)).response.status).toBe(200);
  });

  it('the same inspection sent again does nothing; the same day with another result is 409', async () => {
    const articleNo = await createLift();
    const assetId = await receive(articleNo, today());
    const first = await inspect(assetId, today(), true);
    const again = await inspect(assetId, today(), true);
    expect(again.status).toBe(200);
    expect((again.body as { streamRevision: number }).streamRevision).toBe(
      (first.body as { streamRevision: number }).streamRevision,
    );
    const other = await inspect(assetId, today(), false);
    expect(other.status).toBe(409);
    expect((other.body as Problem).code).toBe('ASSET.ALREADY_INSPECTED');
  });
});

describe('GET /api/inspections/due', () => {
  it('lists aids in stock and on loan due before the day: overdue, the holder municipality, soonest first', async () => {
    const articleNo = await createLift();
    const overdue = await receive(articleNo, addMonths(today(), -13));
    const onLoan = await receive(articleNo, addMonths(today(), -10));
    await lend(articleNo, onLoan);
    const later = await receive(articleNo, today());
    const before = addDays(addMonths(today(), 2), 1);
    const { items } = await due(`?before=${before}`);
    const mine = items.filter((item) => item.articleNo === articleNo);
    expect(mine).toEqual([
      {
        assetId: overdue,
        unitNumber: expect.any(String),
        articleNo,
        location: 'VAS-HUVUDLAGER',
        holderMunicipality: null,
        dueOn: addMonths(today(), -1),
        overdue: true,
        outOfService: false,
      },
      {
        assetId: onLoan,
        unitNumber: expect.any(String),
        articleNo,
        location: null,
        holderMunicipality: 'Västerås',
        dueOn: addMonths(today(), 2),
        overdue: false,
        outOfService: false,
      },
    ]);
    expect(mine.map((item) => item.assetId)).not.toContain(later);
    const dueDays = items.map((item) => item.dueOn);
    expect(dueDays).toEqual([...dueDays].sort());
  });

  it('defaults to the aids due within 30 days; a municipality lists only aids its residents hold', async () => {
    const articleNo = await createLift();
    const inStock = await receive(articleNo, addDays(addMonths(today(), -12), 10));
    const listed = await due();
    expect(listed.before).toBe(addDays(today(), 30));
    expect(listed.items.map((item) => item.assetId)).toContain(inStock);
    const inSala = await due(`?municipality=Sala&before=${addMonths(today(), 24)}`);
    expect(inSala.items.every((item) => item.holderMunicipality === 'Sala')).toBe(true);
    expect(inSala.items.map((item) => item.assetId)).not.toContain(inStock);
  });

  it.each([['?before=2025-02-30'], ['?before=tomorrow'], [`?municipality=${'x'.repeat(81)}`]])(
    'refuses %s with 400',
    async (query) => {
      expect((await get(`/api/inspections/due${query}`, 'warehouse')).status).toBe(400);
    },
  );

  it.each(['warehouse', 'transport', 'auditor', 'admin'] as const)('%s may read the due list', async (role) => {
    expect((await get('/api/inspections/due', role)).status).toBe(200);
  });

  it.each(['planner', 'viewer', 'finance', 'payer'] as const)('%s may not: 403', async (role) => {
    expect((await get('/api/inspections/due', role)).status).toBe(403);
  });

  it('without a token: 401', async () => {
    expect((await get('/api/inspections/due', null)).status).toBe(401);
  });
});

describe('home inspections on the transport route', () => {
  it('an aid on loan is on the route from its due day on, with whom it is at', async () => {
    const articleNo = await createLift();
    const assetId = await receive(articleNo, addMonths(today(), -10));
    const { personId } = await lend(articleNo, assetId);
    const dueOn = addMonths(today(), 2);
    const on = async (day: string) =>
      (
        (await get(`/api/transport/route?day=${day}`, 'planner')).body as {
          inspections: { assetId: string; personId: string; dueOn: string; municipality: string | null }[];
        }
      ).inspections.filter((stop) => stop.assetId === assetId);
    expect(await on(addDays(dueOn, -1))).toEqual([]);
    expect(await on(dueOn)).toEqual([
      expect.objectContaining({ assetId, personId, dueOn, municipality: 'Västerås', outOfService: false }),
    ]);
    expect(await on(addDays(dueOn, 5))).toHaveLength(1);
  });
});

describe('GET /api/assets/past-lifetime', () => {
  it('lists aids older than their article expected lifetime since receipt, not the younger ones', async () => {
    const articleNo = await createLift(1);
    const old = await receive(articleNo, addMonths(today(), -13));
    const young = await receive(articleNo, addMonths(today(), -11));
    const response = await get('/api/assets/past-lifetime', 'warehouse');
    expect(response.status).toBe(200);
    const mine = (response.body as { items: { assetId: string }[] }).items.filter((item) =>
      [old, young].includes(item.assetId),
    );
    expect(mine).toEqual([
      expect.objectContaining({
        assetId: old,
        articleNo,
        receivedOn: addMonths(today(), -13),
        lifetimeEndedOn: addMonths(today(), -1),
        status: 'ready',
        location: 'VAS-HUVUDLAGER',
        holderMunicipality: null,
      }),
    ]);
  });

  it.each(['transport', 'planner', 'viewer', 'finance', 'payer'] as const)('%s may not: 403', async (role) => {
    expect((await get('/api/assets/past-lifetime', role)).status).toBe(403);
  });
});

describe('GET /api/assets/holders', () => {
  it('a lot held by three persons in turn: every holder ever, and who held it on a day or at an instant', async () => {
    const articleNo = await createLift();
    const lot = unique('LOT');
    const assetId = await receive(articleNo, addMonths(today(), -6), { lot });
    await receive(articleNo, today(), { lot: unique('OTHER') });
    const persons: string[] = [];
    for (let turn = 0; turn < 3; turn++) {
      const { personId } = await lend(articleNo, assetId);
      persons.push(personId);
      if (turn < 2) {
        expect((await post(`/api/assets/${assetId}/return`, { returnedOn: today(), reason: 'Klar' })).status).toBe(200);
        const reconditioned = await post(`/api/assets/${assetId}/recondition`, {
          reconditionedOn: today(),
          location: 'VAS-HUVUDLAGER',
        });
        expect(reconditioned.status).toBe(200);
      }
    }
    const ever = await get(`/api/assets/holders?articleNo=${articleNo}&lot=${lot}`);
    expect(ever.status).toBe(200);
    const body = ever.body as { onDay: string | null; items: Holder[] };
    expect(body.onDay).toBeNull();
    expect(body.items.map((item) => item.personId).sort()).toEqual([...persons].sort());
    expect(body.items.every((item) => item.assetId === assetId && item.lot === lot)).toBe(true);
    expect(body.items.filter((item) => item.until === null).map((item) => item.personId)).toEqual([persons[2]]);

    const yesterday = await get(`/api/assets/holders?articleNo=${articleNo}&lot=${lot}&asOf=${addDays(today(), -1)}`);
    expect((yesterday.body as { items: Holder[] }).items).toEqual([]);
    const now = new Date().toISOString();
    const atInstant = await get(`/api/assets/holders?articleNo=${articleNo}&lot=${lot}&asOf=${now}`);
    expect((atInstant.body as { onDay: string }).onDay).toBe(today());
    expect((atInstant.body as { items: Holder[] }).items).toHaveLength(3);
  });

  it('every person listed is recorded in the access log', async () => {
    const articleNo = await createLift();
    const assetId = await receive(articleNo, today());
    const { personId } = await lend(articleNo, assetId);
    const logged = async () => {
      await h.settle();
      const page = await findAccessLog(h.app.get<ReadModelDb>(READ_MODEL_DB), { personId, limit: 500 });
      return page.items.filter((item) => item.action === 'assets.holders').length;
    };
    const before = await logged();
    expect((await get(`/api/assets/holders?articleNo=${articleNo}`)).status).toBe(200);
    expect(await logged()).toBe(before + 1);
  });

  it.each([
    ['no article', ''],
    ['a reversed serial range', 'articleNo=A1&serialFrom=SN-9&serialTo=SN-1'],
    ['a day that does not exist', 'articleNo=A1&asOf=2025-02-30'],
    ['an instant that is not one', 'articleNo=A1&asOf=yesterday'],
    ['a day in the basic ISO form', 'articleNo=A1&asOf=20250105'],
    ['an instant without its offset', 'articleNo=A1&asOf=2025-01-05T10:00'],
    ['an article number with spaces', 'articleNo=A%201'],
  ])('refuses %s with 400', async (what, query) => {
    const response = await get(`/api/assets/holders?${query}`);
    expect(response.status).toBe(400);
    if (what === 'a reversed serial range') expect((response.body as Problem).code).toBe('ASSET.SERIAL_RANGE_REVERSED');
  });

  it.each(['warehouse', 'transport', 'planner', 'viewer', 'finance', 'payer'] as const)(
    '%s may not: 403',
    async (role) => {
      expect((await get('/api/assets/holders?articleNo=A1', role)).status).toBe(403);
    },
  );
});
