import { randomUUID } from 'node:crypto';
import { addDays } from '@aidledger/domain';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createArticle, createPerson, placeOrder, today } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

type Role = Parameters<Harness['request']>[0]['role'];
type Holder = { personId: string; since: string };
type PastHolder = { personId: string; from: string; to: string };
type Affected = {
  assetId: string;
  unitNumber: string | null;
  serialNumber: string;
  lot: string | null;
  status: string;
  currentHolder?: Holder | null;
  pastHolders?: PastHolder[];
};
type Issued = { recallId: string; streamRevision: number; affected: Affected[] };
type Recall = { affected: number; done: number; remaining: number; units: (Affected & { doneOn: string | null })[] };

const ok = (response: { status: number; body: unknown }, status: number) => {
  if (response.status !== status) throw new Error(`${status} expected: ${JSON.stringify(response.body)}`);
  return response;
};
const post = (url: string, body: unknown, role: Role = 'admin') => h.request({ method: 'POST', url, role, body });
const get = async (url: string, role: Role = 'auditor') => {
  await h.settle();
  return h.request({ method: 'GET', url, role });
};
const receive = async (articleNo: string, serialNumber: string, lot: string | null) =>
  (
    ok(await post('/api/assets', { articleNo, serialNumber, location: 'VAS-HUVUDLAGER', lot }, 'warehouse'), 201)
      .body as { id: string }
  ).id;

/** Lends the aid to the person through the API; returned and reconditioned again unless `keep`. */
const lend = async (assetId: string, articleNo: string, keep = false) => {
  const personId = await createPerson(h);
  const orderId = await placeOrder(h, personId, articleNo);
  ok(await post(`/api/orders/${orderId}/allocate`, { assetId }), 200);
  ok(await post(`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R1' }), 200);
  ok(await post(`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() }), 200);
  if (!keep) {
    ok(await post(`/api/assets/${assetId}/return`, { returnedOn: today(), reason: 'Behövs inte' }), 200);
    ok(await post(`/api/assets/${assetId}/recondition`, { reconditionedOn: today(), location: 'VAS-HUVUDLAGER' }), 200);
  }
  return personId;
};

const notice = (articleNo: string, overrides: Record<string, unknown> = {}) => ({
  recallId: randomUUID(),
  title: 'Lyftbygel kan spricka',
  articleNo,
  lots: ['L-7'],
  serialFrom: 'SN-0100',
  serialTo: 'SN-0199',
  action: 'inspect',
  issuedOn: today(),
  ...overrides,
});

/** An article with a lot of three lifts in the range, one outside it, one of another lot. */
const lotWorld = async () => {
  const articleNo = await createArticle(h);
  const first = await receive(articleNo, 'SN-0101', 'L-7');
  const second = await receive(articleNo, 'SN-0150', 'L-7');
  const outside = await receive(articleNo, 'SN-0250', 'L-7');
  const otherLot = await receive(articleNo, 'SN-0120', 'L-8');
  // The scope of a recall is selected from the read models, which follow the log: the world is there once projected.
  await h.settle();
  return { articleNo, first, second, outside, otherLot };
};

const accessEntries = async (personId: string) =>
  (
    (await get(`/api/access-log?personId=${personId}&from=${today()}`)).body as {
      items: { action: string; actor: string }[];
    }
  ).items;

describe('issuing a recall', () => {
  it('a recall whose lot was held by three persons in turn: the auditor gets the current and both past holders, logged', async () => {
    const world = await lotWorld();
    const anna = await lend(world.first, world.articleNo);
    const bertil = await lend(world.first, world.articleNo);
    const cecilia = await lend(world.first, world.articleNo, true);
    await h.settle();
    const response = ok(await post('/api/recalls', notice(world.articleNo), 'auditor'), 201);
    const issued = response.body as Issued;
    expect(issued.affected.map((aid) => aid.assetId).sort()).toEqual([world.first, world.second].sort());
    const lift = issued.affected.find((aid) => aid.assetId === world.first)!;
    expect(lift).toMatchObject({ serialNumber: 'SN-0101', lot: 'L-7', status: 'onLoan' });
    expect(lift.unitNumber).toMatch(/^[0-9A-Z]{7}$/);
    expect(lift.currentHolder).toEqual({ personId: cecilia, since: today() });
    expect(lift.pastHolders?.map((holder) => holder.personId)).toEqual([anna, bertil]);
    expect(issued.affected.find((aid) => aid.assetId === world.second)).toMatchObject({
      currentHolder: null,
      pastHolders: [],
    });
    for (const personId of [anna, bertil, cecilia])
      expect(await accessEntries(personId)).toContainEqual(
        expect.objectContaining({ action: 'recall.holders.read', actor: 'auditor.tester' }),
      );
  });

  it('the same recall again does nothing and answers the scope recorded first, even after a new aid of the lot', async () => {
    const world = await lotWorld();
    const body = notice(world.articleNo);
    const first = ok(await post('/api/recalls', body, 'auditor'), 201).body as Issued;
    await receive(world.articleNo, 'SN-0160', 'L-7');
    await h.settle();
    const again = ok(await post('/api/recalls', body, 'auditor'), 201).body as Issued;
    expect(again.streamRevision).toBe(first.streamRevision);
    expect(again.affected.map((aid) => aid.assetId)).toEqual(first.affected.map((aid) => aid.assetId));
  });

  it('the same recall with other facts is 409 and appends nothing', async () => {
    const world = await lotWorld();
    const body = notice(world.articleNo);
    ok(await post('/api/recalls', body, 'auditor'), 201);
    const other = await post('/api/recalls', { ...body, action: 'replace' }, 'auditor');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'RECALL.ALREADY_ISSUED' });
    expect(((await get(`/api/recalls/${body.recallId}`)).body as Recall & { action: string }).action).toBe('inspect');
  });

  it('without lots or a range every aid of the article not scrapped is affected', async () => {
    const world = await lotWorld();
    const body = notice(world.articleNo, { lots: undefined, serialFrom: undefined, serialTo: undefined });
    const issued = ok(await post('/api/recalls', body, 'admin'), 201).body as Issued;
    expect(issued.affected).toHaveLength(4);
  });

  it.each([
    ['an unknown action', { action: 'repaint' }],
    ['a day that does not exist', { issuedOn: '2025-02-30' }],
    ['a day after today', { issuedOn: addDays(today(), 1) }],
    ['lots that are not a list', { lots: 'L-7' }],
    ['an empty lot', { lots: [''] }],
    ['text bounds of different lengths', { serialFrom: 'SN-1', serialTo: 'SN-0199' }],
    ['bounds out of order', { serialFrom: 'SN-0199', serialTo: 'SN-0100' }],
    ['no title', { title: undefined }],
    ['a recall id that is not a UUID', { recallId: 'r-1' }],
  ])('refuses %s with 400', async (_what, change) => {
    const world = await lotWorld();
    const body = notice(world.articleNo, change);
    const response = await post('/api/recalls', body, 'auditor');
    expect(response.status).toBe(400);
    if (typeof body.recallId === 'string' && body.recallId.length === 36)
      expect((await get(`/api/recalls/${body.recallId}`)).status).toBe(404);
  });

  it('an unknown article is 404', async () => {
    const response = await post('/api/recalls', notice('NO-SUCH-ARTICLE'), 'auditor');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'ARTICLE.NOT_FOUND' });
  });

  it.each(['warehouse', 'transport', 'planner', 'viewer'] as const)('%s may not issue a recall: 403', async (role) => {
    expect((await post('/api/recalls', notice('200301'), role)).status).toBe(403);
  });
});

describe('units done and progress', () => {
  const issuedRecall = async () => {
    const world = await lotWorld();
    const holder = await lend(world.second, world.articleNo, true);
    const body = notice(world.articleNo);
    ok(await post('/api/recalls', body, 'auditor'), 201);
    return { ...world, holder, recallId: body.recallId };
  };
  const done = (recallId: string, assetId: string, body: unknown, role: Role = 'warehouse') =>
    post(`/api/recalls/${recallId}/units/${assetId}/done`, body, role);
  const finished = { doneOn: today(), outcome: 'Inspekterad utan anmärkning' };

  it('a unit done moves the progress: affected, done, remaining', async () => {
    const world = await issuedRecall();
    const response = ok(await done(world.recallId, world.first, finished), 200);
    expect(response.body).toMatchObject({ id: world.recallId });
    const recall = (await get(`/api/recalls/${world.recallId}`, 'warehouse')).body as Recall;
    expect(recall).toMatchObject({ affected: 2, done: 1, remaining: 1 });
    expect(recall.units.find((unit) => unit.assetId === world.first)).toMatchObject({ doneOn: today() });
    const list = (await get('/api/recalls', 'transport')).body as { items: (Recall & { recallId: string })[] };
    expect(list.items.find((item) => item.recallId === world.recallId)).toMatchObject({ done: 1, remaining: 1 });
  });

  it('the same unit done again does nothing; with other facts it is 409', async () => {
    const world = await issuedRecall();
    const first = ok(await done(world.recallId, world.first, finished), 200).body as { streamRevision: number };
    const again = ok(await done(world.recallId, world.first, finished, 'transport'), 200).body as {
      streamRevision: number;
    };
    expect(again.streamRevision).toBe(first.streamRevision);
    const other = await done(world.recallId, world.first, { ...finished, outcome: 'Bytt' });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'RECALL.UNIT_ALREADY_DONE' });
  });

  it('an aid outside the recall, or an unknown recall, is 404', async () => {
    const world = await issuedRecall();
    const outside = await done(world.recallId, world.outside, finished);
    expect(outside.status).toBe(404);
    expect(outside.body).toMatchObject({ code: 'RECALL.UNIT_NOT_AFFECTED' });
    expect((await done(randomUUID(), world.first, finished)).status).toBe(404);
    expect((await get(`/api/recalls/${randomUUID()}`)).status).toBe(404);
  });

  it.each([
    ['no outcome', { outcome: undefined }],
    ['a day after today', { doneOn: addDays(today(), 1) }],
    ['a day that does not exist', { doneOn: '2025-02-30' }],
  ])('refuses %s with 400', async (_what, change) => {
    const world = await issuedRecall();
    expect((await done(world.recallId, world.first, { ...finished, ...change })).status).toBe(400);
  });

  it('a day before the recall was issued is 409; ids that are not UUIDs are 400', async () => {
    const world = await issuedRecall();
    const early = await done(world.recallId, world.first, { ...finished, doneOn: addDays(today(), -1) });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'RECALL.DONE_BEFORE_ISSUED' });
    expect((await done(world.recallId, 'not-a-uuid', finished)).status).toBe(400);
    expect((await get('/api/recalls/not-a-uuid')).status).toBe(400);
  });

  it.each(['auditor', 'planner', 'viewer'] as const)('%s may not mark a unit done: 403', async (role) => {
    const world = await issuedRecall();
    expect((await done(world.recallId, world.first, finished, role)).status).toBe(403);
  });

  const holderReads = async (personId: string) =>
    (await accessEntries(personId)).filter((entry) => entry.action === 'recall.holders.read').length;

  it('warehouse and transport read the progress without holders, and no holder read is logged', async () => {
    const world = await issuedRecall();
    const before = await holderReads(world.holder);
    for (const role of ['warehouse', 'transport'] as const) {
      const recall = (await get(`/api/recalls/${world.recallId}`, role)).body as Recall;
      expect(recall.units.every((unit) => !('currentHolder' in unit) && !('pastHolders' in unit))).toBe(true);
    }
    expect(await holderReads(world.holder)).toBe(before);
    expect((await get(`/api/recalls/${world.recallId}`, 'viewer')).status).toBe(403);
  });

  it('the auditor’s read of a recall names the holders and logs each one', async () => {
    const world = await issuedRecall();
    const before = await holderReads(world.holder);
    const recall = (await get(`/api/recalls/${world.recallId}`, 'auditor')).body as Recall;
    expect(recall.units.find((unit) => unit.assetId === world.second)?.currentHolder).toEqual({
      personId: world.holder,
      since: today(),
    });
    expect(await holderReads(world.holder)).toBe(before + 1);
  });

  it('open units: the aid on loan for transport, the one in stock for the warehouse, until done', async () => {
    const world = await issuedRecall();
    const open = async (where: string, role: Role) =>
      (
        (await get(`/api/recalls/open-units?where=${where}`, role)).body as {
          items: { assetId: string; action: string }[];
        }
      ).items;
    expect(await open('onLoan', 'transport')).toContainEqual(
      expect.objectContaining({ assetId: world.second, action: 'inspect' }),
    );
    expect((await open('inStock', 'warehouse')).map((unit) => unit.assetId)).toContain(world.first);
    ok(await done(world.recallId, world.first, finished), 200);
    expect((await open('inStock', 'warehouse')).map((unit) => unit.assetId)).not.toContain(world.first);
    expect((await get('/api/recalls/open-units?where=everywhere', 'warehouse')).status).toBe(400);
  });
});
