import { addDays } from '@aidledger/domain';
import { signToken } from '../../apps/api/src/auth/token-verifier.js';
import { startHarness, type Harness } from '../support/app-harness.js';
import { createArticle, createPerson, placeOrder, today } from '../support/fixtures.js';

let h: Harness;
let onRoute: string;
let elsewhere: string;
let assetId: string;
beforeAll(async () => {
  h = await startHarness();
  const articleNo = await createArticle(h);
  onRoute = await createPerson(h);
  elsewhere = await createPerson(h);
  await placeOrder(h, onRoute, articleNo, addDays(today(), 2));
  const later = await placeOrder(h, elsewhere, articleNo, addDays(today(), 30));
  for (const personId of [onRoute, elsewhere])
    await h.request({
      method: 'PUT',
      url: `/api/persons/${personId}/contact`,
      role: 'planner',
      body: {
        name: 'Maj Lind',
        address: { street: 'Lindvägen 3', postalCode: '731 30', city: 'Köping' },
        protectedIdentity: false,
      },
    });
  const received = await h.request({
    method: 'POST',
    url: '/api/assets',
    role: 'warehouse',
    body: { articleNo, serialNumber: 'NTK-1', location: 'VAS-HUVUDLAGER' },
  });
  assetId = (received.body as { id: string }).id;
  await h.request({ method: 'POST', url: `/api/orders/${later}/allocate`, role: 'warehouse', body: { assetId } });
  await h.settle();
});
afterAll(async () => {
  await h.close();
});

const read = (role: Parameters<Harness['request']>[0]['role'], url: string) => h.request({ method: 'GET', url, role });

describe('need to know', () => {
  const personLevel = () => [
    `/api/persons/${onRoute}`,
    `/api/persons/${onRoute}/aids`,
    `/api/persons/${onRoute}/orders`,
    '/api/orders',
    `/api/transport/route?day=${today()}`,
    '/api/assets',
    `/api/assets/${assetId}`,
    `/api/assets/${assetId}/history`,
  ];

  it.each(['viewer', 'finance', 'payer'] as const)('%s gets 403 on every read that names persons', async (role) => {
    for (const url of personLevel()) expect([url, (await read(role, url)).status]).toEqual([url, 403]);
    const lookup = await h.request({
      method: 'POST',
      url: '/api/persons/lookup',
      role,
      body: { personnummer: '19121212-1212' },
    });
    expect(lookup.status).toBe(403);
  });

  it.each(['viewer', 'finance'] as const)('%s reads the figures', async (role) => {
    for (const url of ['/api/stock', '/api/metrics/delivery', '/api/metrics/repairs', '/api/articles'])
      expect([url, (await read(role, url)).status]).toEqual([url, 200]);
  });

  it('transport sees the contact details of a person on its routes this week, and of no one else', async () => {
    expect(await read('transport', `/api/persons/${onRoute}`)).toMatchObject({
      status: 200,
      body: { contact: { name: 'Maj Lind', address: { street: 'Lindvägen 3' } } },
    });
    expect(await read('transport', `/api/persons/${elsewhere}`)).toMatchObject({
      status: 403,
      body: { code: 'PERSON.NOT_ON_ROUTE' },
    });
  });

  it('transport sees no recipients on a route more than a week away; customer service does', async () => {
    const day = addDays(today(), 30);
    const forTransport = await read('transport', `/api/transport/route?day=${day}`);
    const forPlanner = await read('planner', `/api/transport/route?day=${day}`);
    const recipients = (body: unknown) =>
      (body as { items: { recipient: unknown }[] }).items.map((item) => item.recipient);
    expect(recipients(forTransport.body)).toEqual([null]);
    expect(recipients(forPlanner.body)).toContainEqual(expect.objectContaining({ name: 'Maj Lind' }));
  });

  it('the warehouse sees no contact details and no routes', async () => {
    expect((await read('warehouse', `/api/persons/${onRoute}`)).status).toBe(403);
    expect((await read('warehouse', `/api/transport/route?day=${today()}`)).status).toBe(403);
  });

  it('a payer token must name its payer', async () => {
    const unscoped = await signToken(h.config.authSecret!, { subject: 'kommun', name: 'Kommun', role: 'payer' });
    const response = await h.request({
      method: 'GET',
      url: '/api/me',
      role: null,
      headers: { authorization: `Bearer ${unscoped}` },
    });
    expect(response).toMatchObject({ status: 401, body: { detail: expect.stringContaining('payerId') } });
    expect(await read('payer', '/api/me')).toMatchObject({ status: 200, body: { role: 'payer' } });
  });
});
