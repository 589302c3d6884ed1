import { startHarness, type Harness } from '../support/app-harness.js';
import { aidAt, createArticle, createPerson, today } from '../support/fixtures.js';

let h: Harness;
let ids: { assetId: string; orderId: string };
beforeAll(async () => {
  h = await startHarness();
  ids = await aidAt(h, 'onLoan');
});
afterAll(async () => {
  await h.close();
});

const endpoints = (): string[] => {
  const { assetId, orderId } = ids;
  return [
    '/api/articles',
    '/api/persons',
    '/api/persons/lookup',
    `/api/persons/${assetId}/move`,
    '/api/assets',
    '/api/orders',
    `/api/orders/${orderId}/allocate`,
    `/api/orders/${orderId}/reschedule`,
    `/api/orders/${orderId}/cancel`,
    `/api/assets/${assetId}/release`,
    `/api/assets/${assetId}/dispatch`,
    `/api/assets/${assetId}/deliver`,
    `/api/assets/${assetId}/delivery-failed`,
    `/api/assets/${assetId}/return`,
    `/api/assets/${assetId}/recondition`,
    `/api/assets/${assetId}/repairs`,
    `/api/assets/${assetId}/repairs/${orderId}/complete`,
    `/api/assets/${assetId}/inspect`,
    `/api/assets/${assetId}/scrap`,
    '/api/consumables/A%2F..%2F1/receive',
    '/api/consumables/A1/deliver',
    '/api/consumables/A1/adjust',
  ];
};

/** Hostile and odd bodies: wrong types everywhere, huge numbers, deep nesting, prototype keys, odd unicode. */
const bodies: string[] = [
  '{}',
  '1',
  '"text"',
  'true',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  JSON.stringify({
    articleNo: 1e308,
    serialNumber: -0,
    location: [],
    orderId: {},
    assetId: null,
    deliveredOn: 20250101,
  }),
  JSON.stringify({ personnummer: 191212121212, sex: ['female'], municipality: { name: 'Sala' } }),
  JSON.stringify({ reason: '\u0000\uffff\ud800', returnedOn: '2025-13-01', quantity: 'NaN', quantityChange: 1.5 }),
  JSON.stringify({
    plannedDeliveryDate: '2025-02-29',
    priority: 2.5,
    deliveredOn: '9999-12-31',
    rescheduledTo: '0000-00-00',
  }),
  JSON.stringify({ a: { b: { c: { d: { e: { f: { g: { h: { i: { j: {} } } } } } } } } } }),
  JSON.stringify({ orderId: 'x'.repeat(10_000), routeId: 'é'.repeat(2_000) }),
  '{"deliveredOn": "2025-01-01", "deliveredOn": "2025-01-02"}',
];

describe('no input makes the API answer 5xx', () => {
  it.each(bodies.map((body, index) => [index, body]))('body #%i on every write endpoint', async (_index, body) => {
    for (const url of endpoints()) {
      const response = await h.request({ method: 'POST', url, rawBody: body });
      if (response.status >= 500)
        throw new Error(`${url} answered ${response.status} to ${body.slice(0, 80)}: ${response.text}`);
      expect(response.status).toBeGreaterThanOrEqual(200);
    }
  });

  it.each([
    '/api/assets/%00',
    '/api/assets/..%2F..%2Fetc',
    '/api/assets?status=%7B%7D&limit=-1',
    '/api/assets?cursor=%FF%FE',
    '/api/assets/x?asOf=not-a-time',
    '/api/metrics/delivery?from=2025-02-30',
    '/api/metrics/delivery?groupBy[]=day',
    '/api/persons/%20/aids',
    '/api/stock?articleNo[$ne]=1',
    '/api/transport/route?day=tomorrow',
  ])('GET %s', async (url) => {
    const response = await h.request({ method: 'GET', url });
    expect(response.status).toBeLessThan(500);
  });
});

describe('an id the client may choose, sent as null, is not chosen', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('receives each aid under an id of its own', async () => {
    const articleNo = await createArticle(h);
    const receive = (serialNumber: string) =>
      h.request({
        method: 'POST',
        url: '/api/assets',
        body: { articleNo, serialNumber, location: 'VAS-HUVUDLAGER', assetId: null },
      });
    const first = await receive('SN-NULL-1');
    const second = await receive('SN-NULL-2');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body).toMatchObject({ id: expect.stringMatching(uuid) });
    expect(second.body).toMatchObject({ id: expect.stringMatching(uuid) });
    expect((second.body as { id: string }).id).not.toBe((first.body as { id: string }).id);
  });

  it('places each order under an id of its own', async () => {
    const articleNo = await createArticle(h);
    const personId = await createPerson(h);
    const place = () =>
      h.request({
        method: 'POST',
        url: '/api/orders',
        body: {
          orderId: null,
          personId,
          articleNo,
          prescriberId: 'FS-1',
          priority: 2,
          plannedDeliveryDate: today(),
          municipality: 'Sala',
          payerId: 'KUND-SALA',
        },
      });
    const first = await place();
    const second = await place();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body).toMatchObject({ id: expect.stringMatching(uuid) });
    expect((second.body as { id: string }).id).not.toBe((first.body as { id: string }).id);
  });
});
