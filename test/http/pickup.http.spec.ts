import { addDays } from '@aidledger/domain';
import { startHarness, type Harness } from '../support/app-harness.js';
import {
  aidAt,
  createArticle,
  createPerson,
  placeOrder,
  receiveAsset,
  today,
  type World,
} from '../support/fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

type Role = Parameters<Harness['request']>[0]['role'];
type Problem = { code: string; detail: string };
type PickupStop = {
  assetId: string;
  personId: string;
  orderId: string;
  plannedPickupDate: string;
  reason: string;
  recipient: { name: string | null; street: string | null; phone: string | null; protectedIdentity: boolean } | null;
};

const post = (url: string, body: unknown, role: Role = 'planner') => h.request({ method: 'POST', url, role, body });
const get = async (url: string, role: Role = 'auditor') => {
  await h.settle();
  return h.request({ method: 'GET', url, role });
};
const request = (assetId: string, body: Record<string, unknown>, role: Role = 'planner') =>
  post(`/api/assets/${assetId}/pickup-requests`, body, role);
const inTwoDays = () => addDays(today(), 2);
const asked = () => ({ requestedOn: today(), plannedPickupDate: inTwoDays(), reason: 'Behövs inte längre' });
const revision = async (assetId: string) =>
  ((await get(`/api/assets/${assetId}`)).body as { revision: number }).revision;
const pickupsOn = async (day: string, role: Role = 'transport') =>
  ((await get(`/api/transport/route?day=${day}`, role)).body as { pickups: PickupStop[] }).pickups;

const withContact = async (world: World, protectedIdentity = false) => {
  const response = await h.request({
    method: 'PUT',
    url: `/api/persons/${world.personId}/contact`,
    role: 'planner',
    body: {
      name: 'Karin Berg',
      address: { street: 'Storgatan 12', postalCode: '722 15', city: 'Västerås' },
      phone: '021-123 45',
      protectedIdentity,
    },
  });
  expect(response.status).toBe(200);
  return world;
};

describe('pickup requests (hämtorder)', () => {
  it('customer service asks for a pickup of an aid on loan: 201, and the aid shows the open request', async () => {
    const { assetId } = await aidAt(h, 'onLoan');
    const response = await request(assetId, asked());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ id: assetId });
    expect((await get(`/api/assets/${assetId}`)).body).toMatchObject({
      status: 'onLoan',
      pickup: { requestedOn: today(), plannedPickupDate: inTwoDays(), reason: 'Behövs inte längre' },
    });
  });

  it.each([
    ['no reason', { reason: undefined }],
    ['an empty reason', { reason: '' }],
    ['a day that does not exist', { plannedPickupDate: '2025-02-30' }],
    ['a request day after today', { requestedOn: addDays(today(), 1), plannedPickupDate: addDays(today(), 3) }],
    ['a planned day before the request', { plannedPickupDate: addDays(today(), -1) }],
    ['a number for a day', { requestedOn: 20250304 }],
  ])('refuses %s with 400 and appends nothing', async (_what, change) => {
    const { assetId } = await aidAt(h, 'onLoan');
    const before = await revision(assetId);
    const response = await request(assetId, { ...asked(), ...change });
    expect(response.status).toBe(400);
    expect(await revision(assetId)).toBe(before);
  });

  it.each(['ready', 'allocated', 'inTransit', 'awaitingReconditioning', 'scrapped'] as const)(
    'refuses an aid that is %s with 409 naming its state',
    async (step) => {
      const { assetId } = await aidAt(h, step);
      const response = await request(assetId, asked());
      expect(response.status).toBe(409);
      expect((response.body as Problem).code).toBe(step === 'scrapped' ? 'ASSET.SCRAPPED' : 'ASSET.NOT_ON_LOAN');
      const words = { ready: 'ready', allocated: 'allocated', inTransit: 'in transit' } as Record<string, string>;
      expect((response.body as Problem).detail).toContain(words[step] ?? step.replace(/([A-Z])/g, ' $1').toLowerCase());
    },
  );

  it('an unknown aid is 404', async () => {
    expect((await request('0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10', asked())).status).toBe(404);
  });

  it.each(['transport', 'warehouse', 'viewer', 'auditor'] as const)(
    '%s may not ask for a pickup: 403',
    async (role) => {
      const { assetId } = await aidAt(h, 'onLoan');
      expect((await request(assetId, asked(), role)).status).toBe(403);
    },
  );

  it('one open request at a time: the same again does nothing, another is 409 naming the open one', async () => {
    const { assetId } = await aidAt(h, 'onLoan');
    const first = await request(assetId, asked());
    const again = await request(assetId, asked());
    expect(again.status).toBe(201);
    expect((again.body as { streamRevision: number }).streamRevision).toBe(
      (first.body as { streamRevision: number }).streamRevision,
    );
    const other = await request(assetId, { ...asked(), plannedPickupDate: addDays(today(), 5) });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'PICKUP.ALREADY_REQUESTED' });
    expect((other.body as Problem).detail).toContain(inTwoDays());
  });

  it('appears on the transport route of its planned day with the holder, not on the day before', async () => {
    const world = await withContact(await aidAt(h, 'onLoan'));
    await request(world.assetId, asked());
    const stop = (await pickupsOn(inTwoDays())).find((pickup) => pickup.assetId === world.assetId);
    expect(stop).toMatchObject({
      personId: world.personId,
      orderId: world.orderId,
      plannedPickupDate: inTwoDays(),
      reason: 'Behövs inte längre',
      recipient: { name: 'Karin Berg', street: 'Storgatan 12', phone: '021-123 45', protectedIdentity: false },
    });
    expect((await pickupsOn(addDays(today(), 1))).map((pickup) => pickup.assetId)).not.toContain(world.assetId);
    const delivery = (await get(`/api/transport/route?day=${inTwoDays()}`, 'transport')).body as {
      items: { assetId: string }[];
    };
    expect(delivery.items.map((item) => item.assetId)).not.toContain(world.assetId);
  });

  it('a holder with protected identity is not named on the route; the driver may open the person', async () => {
    // Delivered early on an order planned a month ahead: only the pickup puts the holder on this week's routes.
    const articleNo = await createArticle(h);
    const personId = await createPerson(h);
    const orderId = await placeOrder(h, personId, articleNo, addDays(today(), 30));
    const assetId = await receiveAsset(h, articleNo);
    await post(`/api/orders/${orderId}/allocate`, { assetId }, 'warehouse');
    await post(`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R1' }, 'transport');
    await post(`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() }, 'transport');
    const world = await withContact({ articleNo, personId, orderId, assetId }, true);
    expect((await get(`/api/persons/${world.personId}`, 'transport')).status).toBe(403);
    await request(world.assetId, asked());
    const stop = (await pickupsOn(inTwoDays())).find((pickup) => pickup.assetId === world.assetId);
    expect(stop?.recipient).toMatchObject({ name: null, street: null, phone: null, protectedIdentity: true });
    const person = await get(`/api/persons/${world.personId}`, 'transport');
    expect(person.status).toBe(200);
    expect(person.body).toMatchObject({ contact: { name: 'Karin Berg' } });
  });

  it('transport sees no holder of a pickup more than a week away', async () => {
    const world = await withContact(await aidAt(h, 'onLoan'));
    const far = addDays(today(), 20);
    await request(world.assetId, { ...asked(), plannedPickupDate: far });
    expect((await pickupsOn(far)).find((pickup) => pickup.assetId === world.assetId)?.recipient).toBeNull();
    expect(
      (await pickupsOn(far, 'planner')).find((pickup) => pickup.assetId === world.assetId)?.recipient,
    ).toMatchObject({ name: 'Karin Berg' });
  });

  it('recording the return is the pickup: it closes the request and leaves the route', async () => {
    const world = await aidAt(h, 'onLoan');
    await request(world.assetId, { ...asked(), plannedPickupDate: today() });
    expect((await pickupsOn(today())).map((pickup) => pickup.assetId)).toContain(world.assetId);
    const returned = await post(
      `/api/assets/${world.assetId}/return`,
      { returnedOn: today(), reason: 'pickup' },
      'transport',
    );
    expect(returned.status).toBe(200);
    expect((await pickupsOn(today())).map((pickup) => pickup.assetId)).not.toContain(world.assetId);
    const state = (await get(`/api/assets/${world.assetId}`)).body as Record<string, unknown>;
    expect(state.status).toBe('awaitingReconditioning');
    expect(state).not.toHaveProperty('pickup');
    const orders = (await get(`/api/persons/${world.personId}/orders`, 'planner')).body as {
      pickupRequests: { assetId: string; status: string; closedOn: string | null }[];
    };
    expect(orders.pickupRequests).toEqual([
      expect.objectContaining({ assetId: world.assetId, status: 'pickedUp', closedOn: today() }),
    ]);
  });

  it('a reschedule moves it to another day; transport may reschedule too', async () => {
    const world = await aidAt(h, 'onLoan');
    await request(world.assetId, asked());
    const later = addDays(today(), 4);
    const moved = await post(
      `/api/assets/${world.assetId}/pickup-requests/reschedule`,
      { plannedPickupDate: later },
      'transport',
    );
    expect(moved.status).toBe(200);
    expect((await pickupsOn(inTwoDays())).map((pickup) => pickup.assetId)).not.toContain(world.assetId);
    expect((await pickupsOn(later)).map((pickup) => pickup.assetId)).toContain(world.assetId);
    const before = await revision(world.assetId);
    const invalid = await post(`/api/assets/${world.assetId}/pickup-requests/reschedule`, {
      plannedPickupDate: addDays(today(), -3),
    });
    expect(invalid.status).toBe(400);
    expect(await revision(world.assetId)).toBe(before);
  });

  it('a cancelled request leaves the route; cancelling again or with none open is 409', async () => {
    const world = await aidAt(h, 'onLoan');
    const cancel = () => post(`/api/assets/${world.assetId}/pickup-requests/cancel`, { reason: 'Behåller den' });
    expect((await cancel()).status).toBe(409);
    await request(world.assetId, asked());
    expect((await post(`/api/assets/${world.assetId}/pickup-requests/cancel`, {}, 'planner')).status).toBe(400);
    expect(
      (await post(`/api/assets/${world.assetId}/pickup-requests/cancel`, { reason: 'x' }, 'transport')).status,
    ).toBe(403);
    expect((await cancel()).status).toBe(200);
    expect((await pickupsOn(inTwoDays())).map((pickup) => pickup.assetId)).not.toContain(world.assetId);
    expect(await cancel()).toMatchObject({ status: 409, body: { code: 'PICKUP.NOT_REQUESTED' } });
  });
});

describe("a person's orders (customer service)", () => {
  it('says where each order stands: placed, allocated, dispatched with its route day, delivered, cancelled', async () => {
    const articleNo = await createArticle(h);
    const personId = await createPerson(h);
    const placed = await placeOrder(h, personId, articleNo, addDays(today(), 10));
    const allocated = await placeOrder(h, personId, articleNo, addDays(today(), 3));
    const dispatched = await placeOrder(h, personId, articleNo, addDays(today(), 1));
    const delivered = await placeOrder(h, personId, articleNo);
    const cancelled = await placeOrder(h, personId, articleNo, addDays(today(), 5));
    const walk = async (orderId: string, steps: number) => {
      const assetId = await receiveAsset(h, articleNo);
      const path: Array<[string, unknown, Role]> = [
        [`/api/orders/${orderId}/allocate`, { assetId }, 'warehouse'],
        [`/api/assets/${assetId}/dispatch`, { orderId, routeId: 'R-NORR' }, 'transport'],
        [`/api/assets/${assetId}/deliver`, { orderId, deliveredOn: today() }, 'transport'],
      ];
      for (const [url, body, role] of path.slice(0, steps)) expect((await post(url, body, role)).status).toBe(200);
    };
    await walk(allocated, 1);
    await walk(dispatched, 2);
    await walk(delivered, 3);
    expect((await post(`/api/orders/${cancelled}/cancel`, { reason: 'Fel artikel' })).status).toBe(200);
    const response = await get(`/api/persons/${personId}/orders`, 'planner');
    expect(response.status).toBe(200);
    const items = (
      response.body as { items: { orderId: string; stage: string; routeId: string | null; dueOn: string }[] }
    ).items;
    const stageOf = (orderId: string) => items.find((item) => item.orderId === orderId);
    expect(items).toHaveLength(5);
    expect(stageOf(placed)).toMatchObject({ stage: 'placed', routeId: null });
    expect(stageOf(allocated)).toMatchObject({ stage: 'allocated', routeId: null });
    expect(stageOf(dispatched)).toMatchObject({ stage: 'dispatched', routeId: 'R-NORR', dueOn: addDays(today(), 1) });
    expect(stageOf(delivered)).toMatchObject({ stage: 'delivered', status: 'fulfilled' });
    expect(stageOf(cancelled)).toMatchObject({ stage: 'cancelled', status: 'cancelled' });
    expect(items.map((item) => item.orderId)).toEqual([placed, cancelled, allocated, dispatched, delivered]);
  });

  it('an unknown person is 404; the viewer and the warehouse are 403', async () => {
    expect((await get('/api/persons/0b6c1f7e-3c55-4c64-9d0a-0d2f4b6a7e10/orders', 'planner')).status).toBe(404);
    const personId = await createPerson(h);
    expect((await get(`/api/persons/${personId}/orders`, 'viewer')).status).toBe(403);
    expect((await get(`/api/persons/${personId}/orders`, 'warehouse')).status).toBe(403);
  });
});
