import { addDays } from '@aidledger/domain';
import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createPerson, today } from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

let counter = 0;
const unique = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

const post = async (url: string, body: unknown, role: 'admin' | 'warehouse' | 'transport' | 'planner' = 'admin') =>
  h.request({ method: 'POST', url, body, role });
const get = async (url: string) => {
  await h.settle();
  return h.request({ method: 'GET', url, role: 'auditor' });
};
const ok = async (response: Promise<{ status: number; text: string; body: unknown }>, status = 200) => {
  const answer = await response;
  expect([answer.status, answer.text]).toEqual([status, expect.anything()]);
  return answer.body as { id: string; streamRevision: number };
};

type Delivery = { assetId: string; orderId: string; personId: string; articleNo: string; revision: number };

/**
 * One aid through the API with Swedish codes, planned `plannedOn`, delivered `deliveredOn` on route `routeId`;
 * answers what the test needs to send corrections.
 */
const deliverOne = async (routeId: string, plannedOn: string, deliveredOn: string): Promise<Delivery> => {
  const articleNo = unique('RULLSTOL-Å');
  await ok(
    post('/api/articles', {
      articleNo,
      name: 'Manuell rullstol',
      isoCode: '12 22 03',
      kind: 'individual',
      rentable: true,
      monthlyRentSek: 250,
      purchasePriceSek: 8000,
    }),
    201,
  );
  const personId = await createPerson(h);
  const { id: orderId } = await ok(
    post('/api/orders', {
      personId,
      articleNo,
      prescriberId: 'FS-1',
      priority: 2,
      plannedDeliveryDate: plannedOn,
      municipality: 'Köping',
      payerId: 'KUND-KÖPING',
      placedOn: addDays(plannedOn, -5),
    }),
    201,
  );
  const { id: assetId } = await ok(
    post('/api/assets', {
      articleNo,
      serialNumber: unique('SN'),
      location: 'VÄSTERÅS-HUVUDLAGER',
      receivedOn: addDays(plannedOn, -5),
    }),
    201,
  );
  await ok(post(`/api/orders/${orderId}/allocate`, { assetId, allocatedOn: addDays(plannedOn, -4) }));
  await ok(post(`/api/assets/${assetId}/dispatch`, { orderId, routeId, dispatchedOn: addDays(plannedOn, -1) }));
  const delivered = await ok(post(`/api/assets/${assetId}/deliver`, { orderId, deliveredOn }));
  return { assetId, orderId, personId, articleNo, revision: delivered.streamRevision };
};

type Group = { key: string; deliveries: number; onPlannedDay: number; early: number; late: number; share: number };
const routeGroup = async (routeId: string): Promise<Group | undefined> => {
  const response = await get('/api/metrics/delivery?groupBy=route');
  expect(response.status).toBe(200);
  return (response.body as { groups: Group[] }).groups.find((group) => group.key === routeId);
};

/** The KPI of one route recomputed from the (planned, delivered) days the test itself sent. */
const expectedGroup = (routeId: string, deliveries: Array<[planned: string, delivered: string]>): Group => {
  const onPlannedDay = deliveries.filter(([planned, delivered]) => delivered === planned).length;
  return {
    key: routeId,
    deliveries: deliveries.length,
    onPlannedDay,
    early: deliveries.filter(([planned, delivered]) => delivered < planned).length,
    late: deliveries.filter(([planned, delivered]) => delivered > planned).length,
    share: Math.round((onPlannedDay / deliveries.length) * 1000) / 1000,
  };
};

describe('codes with Swedish letters', () => {
  it('an article, a location and a route with Å, Ä and Ö go through receipt, dispatch and delivery', async () => {
    const routeId = unique('R-KÖPING');
    const planned = addDays(today(), -3);
    const { assetId, articleNo } = await deliverOne(routeId, planned, planned);
    expect(articleNo).toMatch(/Å/);
    const state = await get(`/api/assets/${assetId}`);
    expect(state.body).toMatchObject({ status: 'onLoan', articleNo, location: 'VÄSTERÅS-HUVUDLAGER' });
    expect(await routeGroup(routeId)).toEqual(expectedGroup(routeId, [[planned, planned]]));
    const stock = await get(`/api/stock?articleNo=${encodeURIComponent(articleNo)}`);
    expect((stock.body as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ articleNo, location: 'VÄSTERÅS-HUVUDLAGER', onLoan: 1 }),
    ]);
  });

  it('still refuses what is no letter or digit', async () => {
    const response = await post('/api/assets', { articleNo: 'Å B', serialNumber: 'SN-1', location: 'VÄS/LAGER' });
    expect(response.status).toBe(400);
    expect((response.body as { errors: Array<{ field: string }> }).errors.map((error) => error.field).sort()).toEqual([
      'articleNo',
      'location',
    ]);
  });
});

describe('a repeat with other facts', () => {
  it('delivering an aid on loan again for the same order on another day is 409 naming the correction', async () => {
    const day = addDays(today(), -2);
    const delivery = await deliverOne(unique('R'), day, day);
    const same = await post(`/api/assets/${delivery.assetId}/deliver`, { orderId: delivery.orderId, deliveredOn: day });
    expect(same.status).toBe(200);
    const other = await post(`/api/assets/${delivery.assetId}/deliver`, {
      orderId: delivery.orderId,
      deliveredOn: addDays(day, 1),
    });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({
      code: 'ASSET.ALREADY_DELIVERED',
      detail: expect.stringContaining(`POST /api/assets/${delivery.assetId}/corrections`),
    });
    expect((other.body as { detail: string }).detail).toContain('deliveredOn');
    const history = await get(`/api/assets/${delivery.assetId}/history`);
    expect((history.body as { events: unknown[] }).events).toHaveLength(delivery.revision + 1);
  });
});

describe('correcting a delivery date', () => {
  it('moves the delivery from late to on the planned day in GET /api/metrics/delivery', async () => {
    const routeId = unique('R-VÄSTERÅS');
    const planned = addDays(today(), -6);
    const late = addDays(planned, 2);
    const onTime = await deliverOne(routeId, planned, planned);
    const wrong = await deliverOne(routeId, planned, late);
    expect(onTime.revision).toBe(wrong.revision);
    expect(await routeGroup(routeId)).toEqual(
      expectedGroup(routeId, [
        [planned, planned],
        [planned, late],
      ]),
    );

    const corrected = await ok(
      post(
        `/api/assets/${wrong.assetId}/corrections`,
        { revision: wrong.revision, field: 'deliveredOn', value: planned, reason: 'Registrerad med fel datum' },
        'transport',
      ),
    );
    expect(corrected.streamRevision).toBe(wrong.revision + 1);
    expect(await routeGroup(routeId)).toEqual(
      expectedGroup(routeId, [
        [planned, planned],
        [planned, planned],
      ]),
    );
    const aids = await h.request({ method: 'GET', url: `/api/persons/${wrong.personId}/aids`, role: 'auditor' });
    expect(aids.body).toMatchObject({ current: [{ assetId: wrong.assetId, since: planned }], past: [] });

    // The same correction again does nothing; delivering on the corrected day again does nothing either.
    const again = await ok(
      post(`/api/assets/${wrong.assetId}/corrections`, {
        revision: wrong.revision,
        field: 'deliveredOn',
        value: planned,
        reason: 'again',
      }),
    );
    expect(again.streamRevision).toBe(wrong.revision + 1);
    await ok(post(`/api/assets/${wrong.assetId}/deliver`, { orderId: wrong.orderId, deliveredOn: planned }));

    const history = (await get(`/api/assets/${wrong.assetId}/history`)).body as {
      events: Array<{ revision: number; type: string; data: Record<string, unknown>; businessDate: string | null }>;
    };
    expect(history.events.at(-1)).toMatchObject({
      type: 'BusinessDateCorrected',
      businessDate: null,
      data: { revision: wrong.revision, eventType: 'AidDelivered', field: 'deliveredOn', from: late, to: planned },
    });
  });

  it('refuses a revision without that date, a day after today and a day before the dispatch, appending nothing', async () => {
    const day = addDays(today(), -2);
    const delivery = await deliverOne(unique('R'), day, day);
    const url = `/api/assets/${delivery.assetId}/corrections`;
    const send = (body: object) =>
      post(url, { revision: delivery.revision, field: 'deliveredOn', value: day, reason: 'r', ...body });
    expect((await send({ revision: delivery.revision - 1 })).body).toMatchObject({ code: 'ASSET.NO_SUCH_DATE' });
    expect((await send({ field: 'returnedOn', value: addDays(day, 1) })).body).toMatchObject({
      code: 'ASSET.NO_SUCH_DATE',
    });
    expect((await send({ value: addDays(today(), 1) })).status).toBe(400);
    expect((await send({ value: '2025-02-30' })).status).toBe(400);
    expect((await send({ field: 'scrappedOn' })).status).toBe(400);
    expect((await send({ value: addDays(day, -2) })).body).toMatchObject({
      status: 409,
      code: 'ASSET.DATE_BEFORE_PREVIOUS',
    });
    const history = await get(`/api/assets/${delivery.assetId}/history`);
    expect((history.body as { events: unknown[] }).events).toHaveLength(delivery.revision + 1);
  });
});

describe('reversing a delivery on the wrong aid', () => {
  it('removes the delivery from the KPI and the register, readies the aid and reopens the order for the right aid', async () => {
    const routeId = unique('R-SALA');
    const planned = addDays(today(), -4);
    const kept = await deliverOne(routeId, planned, planned);
    const wrong = await deliverOne(routeId, planned, addDays(planned, 1));
    expect(await routeGroup(routeId)).toEqual(
      expectedGroup(routeId, [
        [planned, planned],
        [planned, addDays(planned, 1)],
      ]),
    );

    await ok(
      post(
        `/api/assets/${wrong.assetId}/delivery-reversal`,
        { orderId: wrong.orderId, reason: 'Levererade ett annat hjälpmedel' },
        'warehouse',
      ),
    );
    expect(await routeGroup(routeId)).toEqual(expectedGroup(routeId, [[planned, planned]]));
    const aids = await get(`/api/persons/${wrong.personId}/aids`);
    expect(aids.body).toEqual({ personId: wrong.personId, current: [], past: [] });
    expect((await get(`/api/assets/${wrong.assetId}`)).body).toMatchObject({
      status: 'ready',
      location: 'VÄSTERÅS-HUVUDLAGER',
    });
    expect((await get(`/api/assets/${wrong.assetId}`)).body).not.toHaveProperty('personId');
    expect((await get(`/api/persons/${kept.personId}/aids`)).body).toMatchObject({
      current: [{ assetId: kept.assetId }],
    });

    // The same reversal again does nothing; the order is open again and takes the right aid.
    const again = await ok(
      post(`/api/assets/${wrong.assetId}/delivery-reversal`, { orderId: wrong.orderId, reason: 'again' }),
    );
    const state = await get(`/api/assets/${wrong.assetId}`);
    expect(again.streamRevision).toBe((state.body as { revision: number }).revision);
    const open = await get('/api/orders?status=open');
    expect((open.body as { items: Array<{ orderId: string }> }).items.map((item) => item.orderId)).toContain(
      wrong.orderId,
    );
    const { id: rightAid } = await ok(
      post('/api/assets', { articleNo: wrong.articleNo, serialNumber: unique('SN'), location: 'KÖPING-LAGER' }),
      201,
    );
    await ok(post(`/api/orders/${wrong.orderId}/allocate`, { assetId: rightAid }));
    await ok(post(`/api/assets/${rightAid}/dispatch`, { orderId: wrong.orderId, routeId }));
    await ok(post(`/api/assets/${rightAid}/deliver`, { orderId: wrong.orderId, deliveredOn: today() }));
    expect((await get(`/api/persons/${wrong.personId}/aids`)).body).toMatchObject({
      current: [{ assetId: rightAid, since: today(), orderId: wrong.orderId }],
      past: [],
    });
    expect(await routeGroup(routeId)).toEqual(
      expectedGroup(routeId, [
        [planned, planned],
        [planned, today()],
      ]),
    );
  });

  it('refuses to reverse what is not the current delivery of that order', async () => {
    const day = addDays(today(), -2);
    const delivery = await deliverOne(unique('R'), day, day);
    const other = await aidAt(h, 'onLoan');
    const url = `/api/assets/${delivery.assetId}/delivery-reversal`;
    expect((await post(url, { orderId: other.orderId, reason: 'r' })).body).toMatchObject({
      status: 409,
      code: 'ASSET.ALLOCATED_TO_ANOTHER_ORDER',
    });
    await ok(post(`/api/assets/${delivery.assetId}/inspect`, { inspectedOn: day, passed: true }));
    expect((await post(url, { orderId: delivery.orderId, reason: 'r' })).body).toMatchObject({
      status: 409,
      code: 'ASSET.DELIVERY_NOT_LATEST',
    });
    const ready = await aidAt(h, 'ready');
    expect(
      (await post(`/api/assets/${ready.assetId}/delivery-reversal`, { orderId: other.orderId, reason: 'r' })).body,
    ).toMatchObject({
      status: 409,
      code: 'ASSET.NOT_ON_LOAN',
    });
  });
});
